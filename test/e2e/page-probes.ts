// Functions the browser tests run inside the page, whichever driver passes them to `evaluate` (so each one
// is self-contained), and what they return.
import type { FixtureState } from '../fixtures/webmail/src/common';

/** Tactful's highlights by name, each as the text of its ranges. */
export type Highlights = Record<string, string[]>;

/** Every Tactful highlight of the page, read from the page's registry (`CSS.highlights`). */
export function tactfulHighlights(): Highlights {
  const out: Record<string, string[]> = {};
  for (const [name, h] of CSS.highlights) {
    if (name.startsWith('tactful-')) out[name] = [...h].map((r) => (r as Range).toString());
  }
  return out;
}

/** The underlined texts of one category ("aggressive", "vague", …) over every compose. */
export const underlined = (h: Highlights, category: string): string[] =>
  Object.entries(h)
    .filter(([name]) => name.endsWith(`-${category}`))
    .flatMap(([, texts]) => texts);

/** The viewport point on the first letters of `phrase` inside `el` (where a hover opens its card), or null. */
export function phrasePoint(el: Element, phrase: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(phrase);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + Math.min(phrase.length, 3));
    const box = r.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

export type PageFixtureState = Pick<FixtureState, 'sent' | 'draftSaves' | 'cspViolations'>;

/** What the fixture page itself saw: mails sent, draft autosaves, CSP violations (see fixtures' common.ts). */
export function readFixtureState(): PageFixtureState {
  const state = (window as unknown as { __fixture: FixtureState }).__fixture;
  return { sent: state.sent, draftSaves: state.draftSaves, cspViolations: state.cspViolations };
}
