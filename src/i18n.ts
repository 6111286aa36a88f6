import browser from 'webextension-polyfill';
import type enMessages from '../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json` (English is the reference locale). */
export type MessageKey = keyof typeof enMessages;

type Messages = Record<string, { message: string }>;
/** Strings of a language the user chose in the settings, instead of the browser's. */
let chosen: Messages | null = null;

/** The UI string for `key` in the browser's language, or the one chosen in the settings (falls back to the key). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const own = chosen?.[key]?.message;
  if (own !== undefined) {
    const first = Array.isArray(substitutions) ? substitutions[0] : substitutions;
    return own.replace(/\$COUNT\$/g, first ?? '');
  }
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Uses the interface language chosen in the settings ('auto' follows the browser). Extension pages only: the
 * strings are read from the extension's own files, which a content script cannot do without exposing them.
 */
export async function chooseInterfaceLanguage(lang: 'auto' | 'en' | 'fr'): Promise<string> {
  if (lang === 'auto') {
    chosen = null;
    return browser.i18n.getUILanguage();
  }
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
    chosen = (await response.json()) as Messages;
    return lang;
  } catch {
    chosen = null;
    return browser.i18n.getUILanguage();
  }
}
