import { chooseInterfaceLanguage, type MessageKey, t } from './i18n';
import { loadSettings } from './settings/settings';

/** Applies the interface language of the settings, then sets `<html lang>` and the tab title. */
export async function setDocumentLanguage(titleKey?: MessageKey): Promise<void> {
  const settings = await loadSettings();
  document.documentElement.lang = await chooseInterfaceLanguage(settings.uiLanguage);
  if (titleKey) document.title = t(titleKey);
}
