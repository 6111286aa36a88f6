import type { SiteAdapter } from './adapter';

/** Gmail (mail.google.com). Every selector in one place, each with where it was seen. */
export const gmail: SiteAdapter = {
  id: 'gmail',
  selectors: {
    // Body: div.Am.aiL.Al.editable; its id changes every session and its aria-label is localised, and a hidden
    // textarea.Ak carries the same label, so the stable g_editable attribute is what we select on.
    body: 'div[contenteditable="true"][g_editable="true"]',
    // Compose roots: the floating dialog's div.M9 (several at once), fullscreen (.aSt), popout (body.xE),
    // inline reply (a .M9 inside the message's .ip.adB).
    composeRoot: '.M9, .aSt, body.xE',
    // Subject: input.aoT[name=subjectbox], hidden in inline replies.
    subject: 'input[name="subjectbox"]',
    // Send: div.T-I.J-J5-Ji.aoO[role=button] in td.gU.Up; its label is localised and wrapped in bidi marks.
    send: '.aoO[role="button"]',
    // Quote (div.gmail_quote with div.gmail_attr and blockquote.gmail_quote), signature and its "-- " prefix,
    // the "Show trimmed content" toggle, and anything marked as not editable (other extensions' widgets).
    excluded:
      '.gmail_quote, .gmail_attr, blockquote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .ajR, [contenteditable="false"]',
  },
};
