/**
 * Whether `target` is a rich-text editor the user is typing into (a Gmail or Outlook compose body is a
 * focused contenteditable element). Site-specific checks come with the site adapters.
 */
export function isComposeEditor(target: EventTarget | null): target is HTMLElement {
  return target instanceof HTMLElement && target.isContentEditable;
}
