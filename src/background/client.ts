import browser from 'webextension-polyfill';
import type { ResponseTo, ToBackground } from '../messages';

/** Sends a request to the background and resolves with its typed answer. */
export function sendToBackground<M extends ToBackground>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}
