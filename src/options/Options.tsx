import { t } from '../i18n';

export function Options() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="options-general">
        <h2 id="options-general">{t('optionsGeneralSection')}</h2>
      </section>
    </main>
  );
}
