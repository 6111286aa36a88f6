/**
 * Writes into the user's email only when they ask, as an edit the editor sees as typing: select the exact
 * range, then `insertText`, which keeps the browser's (and Gmail's, and RoosterJS's) undo and fires the input
 * events the editors listen to. Ctrl+Z restores the original words.
 */
export async function replaceRange(editor: HTMLElement, range: Range, text: string): Promise<boolean> {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  editor.focus({ preventScroll: true });
  // Editors learn of a new selection from the `selectionchange` event, which comes in a later task: wait
  // for it, so that they see the edit below as typing over that selection.
  const changed = new Promise<void>((done) => {
    const doc = editor.ownerDocument;
    const finish = () => {
      doc.removeEventListener('selectionchange', finish);
      setTimeout(done, 0);
    };
    doc.addEventListener('selectionchange', finish);
    setTimeout(finish, 100);
  });
  selection.removeAllRanges();
  selection.addRange(range);
  await changed;
  if (selection.rangeCount === 0 || selection.getRangeAt(0).toString() !== range.toString()) return false;
  return typeOver(editor, text);
}

/**
 * Replaces the selection the way typing does, for editors that keep their own undo (RoosterJS in Outlook
 * takes a snapshot when a key is pressed over a selection, and marks the content as new when a key is pressed
 * on a caret). Synthetic keypresses type nothing themselves; they only tell the editor "typing starts here"
 * and "something was typed", so one Ctrl+Z restores exactly the replaced words.
 */
function typeOver(target: HTMLElement | HTMLInputElement, text: string): boolean {
  const press = (key: string) =>
    target.dispatchEvent(
      new KeyboardEvent('keypress', { key, bubbles: true, cancelable: true, composed: true }),
    );
  const doc = target.ownerDocument;
  const typed = text.replace(/\s/g, '');
  press(typed[0] ?? 'x');
  const done = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  press(typed.at(-1) ?? 'x');
  return done;
}

/** The same for a text field (the subject line). */
export function replaceInField(field: HTMLInputElement, start: number, end: number, text: string): boolean {
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  return typeOver(field, text);
}
