import { t } from '../i18n';

export function Popup() {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p>{t('popupHint')}</p>
    </main>
  );
}
