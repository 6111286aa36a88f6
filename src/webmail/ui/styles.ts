/** The overlay's styles, applied to its shadow root as a constructed stylesheet (no inline <style> needed). */
export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --bg: #ffffff; --fg: #202124; --muted: #5f6368; --border: #dadce0; --accent: #1a73e8;
  --aggressive: #d93025; --vague: #b06000; --inconsistent: #8430ce; --shadow: 0 4px 16px rgba(0,0,0,.18); }
.layer.dark { --bg: #2d2e30; --fg: #e8eaed; --muted: #9aa0a6; --border: #5f6368; --accent: #8ab4f8;
  --aggressive: #f28b82; --vague: #fdd663; --inconsistent: #d7aefb; --shadow: 0 4px 16px rgba(0,0,0,.5); }
.pill, .panel, .card, .dialog { pointer-events: auto; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); box-shadow: var(--shadow); }
.pill { position: fixed; display: flex; align-items: center; gap: 6px; max-width: 420px; padding: 3px 10px;
  border-radius: 999px; cursor: pointer; font: inherit; font-size: 12px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; opacity: .92; }
.pill:hover, .pill:focus-visible { opacity: 1; }
.dot { width: 8px; height: 8px; border-radius: 50%; flex: none; background: var(--muted); }
.dot.friendly, .dot.professional { background: #1e8e3e; } .dot.firm { background: #f29900; } .dot.aggressive { background: var(--aggressive); }
.panel { position: fixed; width: 340px; max-height: 360px; overflow: auto; border-radius: 8px; padding: 10px 0; }
.panel h2 { font-size: 13px; margin: 0 12px 6px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 12px; cursor: pointer; }
.panel li button:hover, .panel li button:focus-visible { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.panel .missing, .panel .empty { margin: 6px 12px 0; color: var(--muted); }
.tag { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
.tag.aggressive { color: var(--aggressive); } .tag.vague { color: var(--vague); } .tag.inconsistent { color: var(--inconsistent); }
.quote { font-weight: 600; }
.card { position: fixed; width: 320px; border-radius: 8px; padding: 10px 12px; }
.card p { margin: 4px 0 8px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button.primary, button.secondary { font: inherit; border-radius: 4px; padding: 4px 10px; cursor: pointer; }
button.primary { background: var(--accent); color: var(--bg); border: 1px solid var(--accent); max-width: 100%;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button.secondary { background: transparent; color: var(--fg); border: 1px solid var(--border); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { position: absolute; top: 4px; right: 6px; border: 0; background: transparent; color: var(--muted);
  cursor: pointer; font-size: 16px; }
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(0,0,0,.35); display: grid; place-items: center; }
.dialog { width: min(440px, 90vw); border-radius: 10px; padding: 16px 18px; }
.dialog h2 { margin: 0 0 8px; font-size: 15px; }
.dialog ul { margin: 6px 0 14px; padding-left: 18px; }
`;

export const PALETTE_CSS = `
.palette { position: fixed; width: 320px; overflow: auto; box-sizing: border-box; pointer-events: auto; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); box-shadow: var(--shadow); border-radius: 8px; padding: 8px; }
.palette input, .palette select { box-sizing: border-box; width: 100%; font: inherit; padding: 5px 8px;
  border: 1px solid var(--border); border-radius: 4px; background: var(--bg); color: var(--fg); }
.palette .options-list { margin: 6px 0 0; max-height: 240px; overflow: auto; }
.palette .option { padding: 5px 8px; border-radius: 4px; cursor: pointer; }
.palette .option.selected { background: color-mix(in srgb, var(--accent) 16%, transparent); }
.palette .detail, .palette .empty { color: var(--muted); font-size: 12px; margin: 4px 8px; }
.palette h2 { font-size: 13px; margin: 0 0 6px; }
.palette label { display: block; margin-bottom: 6px; font-size: 12px; color: var(--muted); }
.palette label input { margin-top: 2px; color: var(--fg); }
`;
