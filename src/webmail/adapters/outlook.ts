import type { SiteAdapter } from './adapter';

/** Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). */
export const outlook: SiteAdapter = {
  id: 'outlook',
  selectors: {
    // Body: div#editorParent_1 > div[role=textbox][contenteditable=true][aria-multiline=true]; classes are hashed.
    body: '[id^="editorParent"] > div[role="textbox"][contenteditable="true"], div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
    // Compose container: [id*="docking_InitVisiblePart"] under [role=main]; the reading-pane reply and the
    // popout window use the same container.
    composeRoot: '[id*="docking_InitVisiblePart"], [role="main"]',
    // Subject: input[aria-label="Subject"] (localised label; the first text input of the compose otherwise).
    subject: 'input[aria-label="Subject"], input[aria-label="Objet"], input[aria-label="Add a subject"]',
    // Send: button[aria-label="Send"] with title "Send (Ctrl+Enter)", localised.
    send: 'button[aria-label="Send"], button[aria-label="Envoyer"], button[title^="Send"], button[title^="Envoyer"]',
    // Expanded history: div#appendonsend, the hr after it, div#divRplyFwdMsg and the original below it;
    // the signature div#Signature.
    excluded:
      '#appendonsend, #appendonsend ~ *, #divRplyFwdMsg, #divRplyFwdMsg ~ *, #Signature, [id^="Signature"], blockquote, [contenteditable="false"]',
  },
};
