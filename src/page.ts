import browser from 'webextension-polyfill';
import { type MessageKey, t } from './i18n';

/** Sets `<html lang>` (and the tab title, when given) from the browser's UI language. */
export function setDocumentLanguage(titleKey?: MessageKey): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  if (titleKey) document.title = t(titleKey);
}
