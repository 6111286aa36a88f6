import { isComposeEditor } from './compose';

/**
 * Content script entry, injected in Gmail and Outlook pages. It must stay cheap: it only remembers which
 * compose editor has the focus, so nothing runs on a webmail tab until the user writes an email.
 */
let activeCompose: HTMLElement | null = null;

document.addEventListener(
  'focusin',
  (event) => {
    const target = event.target;
    if (isComposeEditor(target)) activeCompose = target;
  },
  { capture: true, passive: true },
);

document.addEventListener(
  'focusout',
  (event) => {
    if (event.target === activeCompose) activeCompose = null;
  },
  { capture: true, passive: true },
);
