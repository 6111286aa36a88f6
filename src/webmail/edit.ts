/**
 * Writes into the user's email only when they ask, as an edit the editor sees as typing: select the exact
 * range, then `insertText`, which keeps the browser's (and Gmail's, and RoosterJS's) undo and fires the input
 * events the editors listen to. Ctrl+Z restores the original words.
 */
export function replaceRange(editor: HTMLElement, range: Range, text: string): boolean {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  const doc = editor.ownerDocument;
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}

/** The same for a text field (the subject line). */
export function replaceInField(field: HTMLInputElement, start: number, end: number, text: string): boolean {
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const doc = field.ownerDocument;
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}
