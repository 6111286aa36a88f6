import type { SiteAdapter } from './adapter';

/** Any other rich-text editor: the focused contenteditable is the whole compose; quotes are skipped. */
export const generic: SiteAdapter = {
  id: 'generic',
  selectors: {
    body: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
    composeRoot: 'form, [role="dialog"]',
    excluded: 'blockquote, [contenteditable="false"], .signature, [class*="signature"], [class*="quote"]',
  },
};
