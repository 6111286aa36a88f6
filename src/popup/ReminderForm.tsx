import { useMemo, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n';
import { LanguageOptions, StageOptions } from '../options-lists';
import type { Lang, Stage } from '../shared/vocab';
import { BUILTIN_TEMPLATES, proposeStage, renderTemplate } from '../templates/index';
import type { TemplateValues } from '../templates/types';

export interface ReminderDefaults extends TemplateValues {
  lang: Lang;
}

type TextField = 'client' | 'invoice' | 'terms' | 'paymentInstructions';

/**
 * "Write a reminder": the facts in a short form, the stage proposed from the days overdue, and a live preview
 * of the built-in template for that stage and language.
 */
export function ReminderForm({
  defaults,
  today,
  canInsert,
  onInsert,
  onCopy,
}: {
  defaults: ReminderDefaults;
  today: Date;
  canInsert: boolean;
  onInsert: (subject: string, body: string) => void;
  onCopy: (text: string) => void;
}) {
  const [values, setValues] = useState<TemplateValues>({ currency: 'EUR', ...defaults });
  const [amountText, setAmountText] = useState(defaults.amount === undefined ? '' : String(defaults.amount));
  const [lang, setLang] = useState<Lang>(defaults.lang);
  const [chosenStage, setChosenStage] = useState<Stage | null>(null);
  const stage = chosenStage ?? proposeStage(values.dueDate, today);
  const template =
    BUILTIN_TEMPLATES.find((x) => x.stage === stage && x.lang === lang) ?? BUILTIN_TEMPLATES[0];
  const amount = Number(amountText.replace(/\s/g, '').replace(',', '.'));
  const email = useMemo(
    () =>
      template
        ? renderTemplate(
            template,
            { ...values, amount: amountText && Number.isFinite(amount) ? amount : undefined },
            { today },
          )
        : null,
    [template, values, amountText, amount, today],
  );
  const set =
    (name: keyof TemplateValues) => (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      setValues({ ...values, [name]: e.currentTarget.value || undefined });
  const text = (name: TextField, label: MessageKey, multiline = false) =>
    multiline ? (
      <label>
        {t(label)}
        <textarea name={name} rows={2} value={values[name] ?? ''} onInput={set(name)} />
      </label>
    ) : (
      <label>
        {t(label)}
        <input name={name} type="text" value={values[name] ?? ''} onInput={set(name)} />
      </label>
    );

  return (
    <section aria-labelledby="write-title" class="write">
      <h2 id="write-title">{t('popupWriteTitle')}</h2>
      <form class="reminder-form" onSubmit={(e) => e.preventDefault()}>
        {text('client', 'fieldClient')}
        <div class="row">
          <label>
            {t('fieldAmount')}
            <input
              name="amount"
              type="text"
              inputMode="decimal"
              value={amountText}
              aria-invalid={amountText !== '' && !Number.isFinite(amount)}
              onInput={(e) => setAmountText(e.currentTarget.value)}
            />
          </label>
          <label>
            {t('fieldCurrency')}
            <input
              name="currency"
              type="text"
              maxLength={3}
              value={values.currency ?? ''}
              onInput={(e) =>
                setValues({ ...values, currency: e.currentTarget.value.toUpperCase() || undefined })
              }
            />
          </label>
        </div>
        {text('invoice', 'fieldInvoice')}
        <div class="row">
          <label>
            {t('fieldDueDate')}
            <input name="dueDate" type="date" value={values.dueDate ?? ''} onInput={set('dueDate')} />
          </label>
          <label>
            {t('fieldDeadline')}
            <input name="deadline" type="date" value={values.deadline ?? ''} onInput={set('deadline')} />
          </label>
        </div>
        {text('terms', 'fieldTerms')}
        {text('paymentInstructions', 'fieldPaymentInstructions', true)}
        <div class="row">
          <label>
            {t('fieldStage')}
            <select
              name="stage"
              value={stage}
              onChange={(e) => setChosenStage(e.currentTarget.value as Stage)}
            >
              <StageOptions />
            </select>
          </label>
          <label>
            {t('fieldLanguage')}
            <select name="lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
              <LanguageOptions />
            </select>
          </label>
        </div>
      </form>
      {email && (
        <figure class="preview" aria-label={t('popupPreview')}>
          <figcaption>{t('popupPreview')}</figcaption>
          <p class="subject">{email.subject}</p>
          <pre>{email.body}</pre>
        </figure>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={!email || !canInsert}
          onClick={() => email && onInsert(email.subject, email.body)}
        >
          {t('popupInsert')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!email}
          onClick={() => email && onCopy(`${email.subject}\n\n${email.body}`)}
        >
          {t('popupCopy')}
        </button>
      </div>
      {!canInsert && <p class="muted">{t('popupNoCompose')}</p>}
    </section>
  );
}
