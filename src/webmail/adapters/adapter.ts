/**
 * What the site-agnostic core needs from a webmail: where the composes are, which part of a body is the
 * user's own text, and which control sends. Each site answers from its own selector table; nothing else in
 * the extension knows a selector.
 */
export interface SelectorTable {
  /** The editable body of a compose. */
  body: string;
  /** The compose's container, found from its body with `closest` (the body itself when nothing matches). */
  composeRoot: string;
  /** The subject field, searched inside the compose root. */
  subject?: string;
  /** The send control, searched inside the compose root. */
  send?: string;
  /** Parts of the body that are not the user's own words: quoted thread, signature, other extensions' widgets. */
  excluded: string;
}

export interface SiteAdapter {
  id: 'gmail' | 'outlook' | 'generic';
  selectors: SelectorTable;
}

export interface Compose {
  root: HTMLElement;
  body: HTMLElement;
}

export function findComposes(adapter: SiteAdapter, doc: Document): Compose[] {
  const out: Compose[] = [];
  for (const body of doc.querySelectorAll<HTMLElement>(adapter.selectors.body)) {
    if (!body.isContentEditable) continue;
    out.push({ body, root: body.parentElement?.closest<HTMLElement>(adapter.selectors.composeRoot) ?? body });
  }
  return out;
}

export function subjectOf(adapter: SiteAdapter, compose: Compose): HTMLInputElement | null {
  const selector = adapter.selectors.subject;
  if (!selector) return null;
  const input = compose.root.querySelector<HTMLInputElement>(selector);
  // A hidden subject (Gmail's inline reply) is not the user's text.
  return input && input.type !== 'hidden' && input.offsetParent !== null ? input : null;
}

export function isSendControl(adapter: SiteAdapter, compose: Compose, target: EventTarget | null): boolean {
  const selector = adapter.selectors.send;
  if (!selector || !(target instanceof Element)) return false;
  const control = target.closest(selector);
  return control !== null && compose.root.contains(control);
}

export function sendControl(adapter: SiteAdapter, compose: Compose): HTMLElement | null {
  const selector = adapter.selectors.send;
  return selector ? compose.root.querySelector<HTMLElement>(selector) : null;
}
