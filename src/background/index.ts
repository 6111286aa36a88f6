import browser, { type Runtime } from 'webextension-polyfill';
import { type BackgroundHandlers, isToBackground, type ToBackground } from '../messages';

const handlers: BackgroundHandlers = {
  ping: () => ({ type: 'pong', version: browser.runtime.getManifest().version }),
};

function handle(message: ToBackground): Promise<unknown> {
  // `handlers` is keyed by message type, so each handler only ever receives its own message type.
  const handler = handlers[message.type] as (m: ToBackground) => unknown;
  return Promise.resolve(handler(message));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's pages and content scripts get an answer; anything else is ignored.
  if (sender.id !== browser.runtime.id || !isToBackground(message)) return undefined;
  return handle(message);
});
