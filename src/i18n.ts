import browser from 'webextension-polyfill';
import type enMessages from '../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json` (English is the reference locale). */
export type MessageKey = keyof typeof enMessages;

/** The UI string for `key` in the browser's language (falls back to English, then to the key). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
