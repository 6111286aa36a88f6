import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { STAGE_LABEL } from '../../labels';
import { LanguageOptions, StageOptions } from '../../options-lists';
import { BUILTIN_TEMPLATES, renderTemplate, validateTemplate } from '../../templates/index';
import type { Template, TemplateValues } from '../../templates/types';

const SAMPLE: TemplateValues = {
  client: 'Alex Martin',
  amount: 1250,
  currency: 'EUR',
  invoice: 'INV-2025-014',
  dueDate: '2025-03-03',
  deadline: '2025-03-28',
  terms: '30 days net',
  paymentInstructions: 'IBAN FR76 3000 6000 0112 3456 7890 189',
  sender: 'Anna Keller',
  company: 'Keller Design Studio',
};
function newId(): string {
  return `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

function Editor({
  draft,
  onSave,
  onCancel,
  today,
}: {
  draft: Template;
  onSave: (t: Template) => void;
  onCancel: () => void;
  today: Date;
}) {
  const [tpl, setTpl] = useState(draft);
  const problems = validateTemplate(tpl);
  const preview = problems.length === 0 ? renderTemplate(tpl, SAMPLE, { today }) : null;
  const field = <K extends keyof Template>(name: K) => ({
    value: String(tpl[name] ?? ''),
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement }) =>
      setTpl({ ...tpl, [name]: e.currentTarget.value }),
  });
  return (
    <form
      class="template-editor"
      aria-label={t('templateEditor')}
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0 && tpl.name.trim()) onSave({ ...tpl, name: tpl.name.trim() });
      }}
    >
      <label>
        {t('templateName')}
        <input name="name" type="text" required {...field('name')} />
      </label>
      <div class="row">
        <label>
          {t('templateShortcut')}
          <input name="shortcut" type="text" pattern="[A-Za-z0-9-]{2,24}" {...field('shortcut')} />
        </label>
        <label>
          {t('fieldStage')}
          <select name="stage" {...field('stage')}>
            <StageOptions />
          </select>
        </label>
        <label>
          {t('fieldLanguage')}
          <select name="lang" {...field('lang')}>
            <LanguageOptions />
          </select>
        </label>
      </div>
      <label>
        {t('templateSubject')}
        <input name="subject" type="text" {...field('subject')} />
      </label>
      <label>
        {t('templateBody')}
        <textarea name="body" rows={10} {...field('body')} />
      </label>
      <p class="help">{t('templatePlaceholdersHelp')}</p>
      {problems.length > 0 && (
        <ul class="errors" role="alert">
          {problems.map((p) => (
            <li key={`${p.field}-${p.start}`}>
              {p.field === 'subject' ? t('templateSubject') : t('templateBody')}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <figure class="preview">
          <figcaption>{t('popupPreview')}</figcaption>
          <p class="subject">{preview.subject}</p>
          <pre>{preview.body}</pre>
        </figure>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={problems.length > 0 || !tpl.name.trim()}>
          {t('templateSave')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('templateCancel')}
        </button>
      </div>
    </form>
  );
}

/** The built-in templates (read-only, duplicable), the user's own (create, edit, duplicate, delete, reorder). */
export function TemplatesSection({
  templates,
  houseTemplates,
  onChange,
  today = new Date(),
}: {
  templates: Template[];
  houseTemplates: Template[];
  onChange: (templates: Template[]) => void;
  today?: Date;
}) {
  const [editing, setEditing] = useState<{ template: Template; isNew: boolean } | null>(null);
  const move = (i: number, by: number) => {
    const next = [...templates];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  const duplicate = (tpl: Template) =>
    setEditing({
      template: { ...tpl, id: newId(), name: t('templateCopyOf', tpl.name), builtIn: false, shortcut: '' },
      isNew: true,
    });
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('optionsTemplates')}</h2>
      {editing ? (
        <Editor
          draft={editing.template}
          today={today}
          onCancel={() => setEditing(null)}
          onSave={(tpl) => {
            onChange(editing.isNew ? [...templates, tpl] : templates.map((x) => (x.id === tpl.id ? tpl : x)));
            setEditing(null);
          }}
        />
      ) : (
        <>
          <h3>{t('templatesMine')}</h3>
          {templates.length === 0 && <p class="help">{t('templatesNone')}</p>}
          <ol class="templates">
            {templates.map((tpl, i) => (
              <li key={tpl.id}>
                <span class="name">{tpl.name}</span>{' '}
                <span class="detail">
                  {tpl.shortcut ? `;${tpl.shortcut} · ` : ''}
                  {tpl.lang.toUpperCase()} · {t(STAGE_LABEL[tpl.stage])}
                </span>
                <span class="buttons">
                  <button type="button" onClick={() => setEditing({ template: tpl, isNew: false })}>
                    {t('templateEdit')}
                  </button>
                  <button type="button" onClick={() => duplicate(tpl)}>
                    {t('templateDuplicate')}
                  </button>
                  <button
                    type="button"
                    disabled={i === 0}
                    aria-label={t('templateMoveUp', tpl.name)}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === templates.length - 1}
                    aria-label={t('templateMoveDown', tpl.name)}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" onClick={() => onChange(templates.filter((x) => x.id !== tpl.id))}>
                    {t('templateDelete')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            class="primary"
            onClick={() =>
              setEditing({
                template: {
                  id: newId(),
                  name: '',
                  lang: 'en',
                  stage: 'overdue',
                  subject: '',
                  body: '',
                  shortcut: '',
                },
                isNew: true,
              })
            }
          >
            {t('templateNew')}
          </button>
          {houseTemplates.length > 0 && (
            <>
              <h3>{t('templatesHouse')}</h3>
              <ul class="templates">
                {houseTemplates.map((tpl) => (
                  <li key={tpl.id}>
                    <span class="name">{tpl.name}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('templatesBuiltIn')}</h3>
          <ul class="templates">
            {BUILTIN_TEMPLATES.map((tpl) => (
              <li key={tpl.id}>
                <span class="name">{tpl.name}</span>{' '}
                <span class="detail">
                  ;{tpl.shortcut} · {tpl.lang.toUpperCase()}
                </span>
                <span class="buttons">
                  <button type="button" onClick={() => duplicate(tpl)}>
                    {t('templateDuplicate')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
