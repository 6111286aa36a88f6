/**
 * The check before sending: Send is intercepted in the capture phase (click, Enter/Space on the button,
 * Ctrl/Cmd+Enter in the compose) only when the draft still has something worth a second look. "Send anyway"
 * replays the user's action with the guard lifted. Whatever goes wrong, sending is never blocked.
 */
export interface PresendOptions {
  root: HTMLElement;
  isSendControl(target: EventTarget | null): boolean;
  sendControl(): HTMLElement | null;
  /** What to ask about, or an empty list to let the send through. May throw: then the send goes through. */
  problems(): string[];
  /** Shows the question; `sendAnyway` replays the send. */
  ask(problems: string[], sendAnyway: () => void): void;
  signal: AbortSignal;
}

const SWALLOW_MS = 1500;

export function installPresendCheck(o: PresendOptions): void {
  let bypass = false;
  let swallowUntil = 0;

  const blockedProblems = (): string[] => {
    try {
      return o.problems();
    } catch {
      return []; // fail open
    }
  };
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const replay = (events: (() => Event)[], target: EventTarget) => () => {
    bypass = true;
    try {
      for (const make of events) target.dispatchEvent(make());
    } finally {
      bypass = false;
    }
  };

  const onPointer = (e: Event) => {
    if (bypass || !o.isSendControl(e.target)) return;
    if (Date.now() < swallowUntil) return stop(e);
    if (e.type === 'mouseup') return;
    const problems = blockedProblems();
    if (problems.length === 0) return;
    stop(e);
    swallowUntil = Date.now() + SWALLOW_MS;
    const control = o.sendControl() ?? (e.target as Element);
    const init = { bubbles: true, cancelable: true, composed: true, view: window, button: 0 };
    const sequence =
      e.type === 'mousedown'
        ? [
            () => new MouseEvent('mousedown', init),
            () => new MouseEvent('mouseup', init),
            () => new MouseEvent('click', init),
          ]
        : [() => new MouseEvent('click', init)];
    o.ask(problems, () => {
      swallowUntil = 0;
      replay(sequence, control)();
    });
  };

  const onKey = (e: KeyboardEvent) => {
    if (bypass) return;
    const shortcut = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
    const onButton = (e.key === 'Enter' || e.key === ' ') && o.isSendControl(e.target);
    if (!shortcut && !onButton) return;
    const problems = blockedProblems();
    if (problems.length === 0) return;
    stop(e);
    const target = e.target ?? o.root;
    const init: KeyboardEventInit = {
      key: e.key,
      code: e.code,
      keyCode: e.keyCode,
      which: e.which,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit;
    // A real <button> sends on the click its key makes; a div role=button (Gmail) listens to the key itself.
    const nativeButton = onButton && target instanceof HTMLButtonElement;
    const sequence = nativeButton
      ? [() => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })]
      : [() => new KeyboardEvent('keydown', init)];
    o.ask(problems, replay(sequence, target));
  };

  const options = { capture: true, signal: o.signal };
  for (const type of ['mousedown', 'mouseup', 'click']) o.root.addEventListener(type, onPointer, options);
  o.root.addEventListener('keydown', onKey, options);
}
