import { isComposeEditor } from './compose';

/**
 * Content script, injected in every Gmail and Outlook tab. It stays tiny (no library, a few hundred bytes):
 * it waits for the user to focus a compose, then asks the background to inject the compose tools (analyzer
 * and overlay) once into this frame. Nothing heavy runs on a webmail tab that is only used to read mail.
 */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}
// Firefox has `browser`, Chromium `chrome`; both return a promise from sendMessage in MV3.
const runtime = (
  (globalThis as { browser?: { runtime: Runtime } }).browser ??
  (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome
).runtime;

let requested = false;

function onFocus(event: FocusEvent): void {
  if (requested || !isComposeEditor(event.target)) return;
  requested = true;
  document.removeEventListener('focusin', onFocus, true);
  runtime.sendMessage({ type: 'load-compose-tools' }).catch(() => {
    // Fail open: without the tools the compose works as usual; a later focus may try again.
    requested = false;
    document.addEventListener('focusin', onFocus, true);
  });
}

document.addEventListener('focusin', onFocus, true);
