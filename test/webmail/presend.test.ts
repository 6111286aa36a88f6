// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPresendCheck } from '../../src/webmail/presend';

function compose() {
  const root = document.createElement('div');
  const send = document.createElement('div');
  send.setAttribute('role', 'button');
  send.className = 'send';
  root.append(send);
  document.body.replaceChildren(root);
  const sent = vi.fn();
  send.addEventListener('click', sent);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) sent();
  });
  return { root, send, sent };
}

describe('check before sending', () => {
  const abort = new AbortController();
  afterEach(() => abort.abort());

  function install(root: HTMLElement, send: HTMLElement, problems: () => string[]) {
    const asked: { problems: string[]; sendAnyway: () => void }[] = [];
    installPresendCheck({
      root,
      isSendControl: (t) => t instanceof Element && t.closest('.send') !== null,
      sendControl: () => send,
      problems,
      ask: (p, sendAnyway) => asked.push({ problems: p, sendAnyway }),
      signal: abort.signal,
    });
    return asked;
  }

  it('holds a click on Send while there are problems, and "Send anyway" sends', () => {
    const { root, send, sent } = compose();
    const asked = install(root, send, () => ['“Pay now”']);
    send.click();
    expect(sent).not.toHaveBeenCalled();
    expect(asked[0]?.problems).toEqual(['“Pay now”']);
    asked[0]?.sendAnyway();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('holds Ctrl+Enter too', () => {
    const { root, send, sent } = compose();
    const asked = install(root, send, () => ['[date]']);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(sent).not.toHaveBeenCalled();
    asked[0]?.sendAnyway();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('lets a clean draft through without asking', () => {
    const { root, send, sent } = compose();
    const asked = install(root, send, () => []);
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(asked).toEqual([]);
  });

  it('fails open: if the check throws, the email is sent', () => {
    const { root, send, sent } = compose();
    const asked = install(root, send, () => {
      throw new Error('analyzer broke');
    });
    send.click();
    expect(sent).toHaveBeenCalledTimes(1);
    expect(asked).toEqual([]);
  });
});
