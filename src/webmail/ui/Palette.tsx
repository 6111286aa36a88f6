import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../i18n';
import type { Placeholder } from '../../templates/types';

export interface PaletteItem {
  id: string;
  name: string;
  detail: string;
}

export interface PaletteField {
  name: Placeholder;
  value: string;
}

export interface PaletteView {
  top: number;
  left: number;
  items: PaletteItem[];
  /** The chosen template when its form is open. */
  form: { item: PaletteItem; fields: PaletteField[] } | null;
  initialQuery: string;
}

export interface PaletteActions {
  choose(id: string): void;
  insert(id: string, values: Partial<Record<Placeholder, string>>): void;
  close(): void;
}

const FIELD_LABEL: Record<Placeholder, MessageKey> = {
  client: 'fieldClient',
  amount: 'fieldAmount',
  invoice: 'fieldInvoice',
  dueDate: 'fieldDueDate',
  daysOverdue: 'fieldDueDate',
  deadline: 'fieldDeadline',
  terms: 'fieldTerms',
  paymentInstructions: 'fieldPaymentInstructions',
  sender: 'fieldSender',
  company: 'fieldCompany',
};
const DATE_FIELDS = new Set<Placeholder>(['dueDate', 'deadline']);

/** Quick insert: search the templates, choose with the arrows and Enter, fill in what the profile cannot. */
export function Palette({ view, actions }: { view: PaletteView; actions: PaletteActions }) {
  const [query, setQuery] = useState(view.initialQuery);
  const [selected, setSelected] = useState(0);
  const q = query.trim().toLowerCase();
  const items = view.items.filter((i) => !q || `${i.name} ${i.detail}`.toLowerCase().includes(q));
  const current = items[Math.min(selected, items.length - 1)];

  if (view.form) {
    const { item, fields } = view.form;
    return (
      <form
        class="palette"
        aria-label={t('paletteFormTitle', item.name)}
        style={{ top: `${view.top}px`, left: `${view.left}px`, maxHeight: `calc(100vh - ${view.top + 8}px)` }}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const values: Partial<Record<Placeholder, string>> = {};
          for (const f of fields) values[f.name] = String(data.get(f.name) ?? '').trim();
          actions.insert(item.id, values);
        }}
      >
        <h2>{item.name}</h2>
        {fields.map((f, i) => {
          const focus = (el: HTMLInputElement | null) => {
            if (i === 0) el?.focus();
          };
          return DATE_FIELDS.has(f.name) ? (
            <label key={f.name}>
              {t(FIELD_LABEL[f.name])}
              <input name={f.name} type="date" defaultValue={f.value} ref={focus} />
            </label>
          ) : (
            <label key={f.name}>
              {t(FIELD_LABEL[f.name])}
              <input name={f.name} type="text" defaultValue={f.value} ref={focus} />
            </label>
          );
        })}
        <div class="actions">
          <button type="submit" class="primary">
            {t('paletteInsert')}
          </button>
          <button type="button" class="secondary" onClick={actions.close}>
            {t('cardClose')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div
      class="palette"
      style={{ top: `${view.top}px`, left: `${view.left}px`, maxHeight: `calc(100vh - ${view.top + 8}px)` }}
    >
      <input
        type="search"
        aria-label={t('paletteSearch')}
        aria-controls="tactful-palette-list"
        aria-activedescendant={current ? `tactful-template-${current.id}` : undefined}
        placeholder={t('paletteSearch')}
        value={query}
        ref={(el) => el?.focus()}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setSelected(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setSelected((i) => Math.min(i + 1, items.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setSelected((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && current) {
            e.preventDefault();
            actions.choose(current.id);
          }
        }}
      />
      <div
        id="tactful-palette-list"
        class="options-list"
        role="listbox"
        tabIndex={-1}
        aria-label={t('paletteTitle')}
      >
        {items.map((item) => (
          <div
            key={item.id}
            id={`tactful-template-${item.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={item === current}
            class={item === current ? 'option selected' : 'option'}
            onMouseDown={(e) => {
              e.preventDefault();
              actions.choose(item.id);
            }}
          >
            <span class="name">{item.name}</span> <span class="detail">{item.detail}</span>
          </div>
        ))}
        {items.length === 0 && <p class="empty">{t('paletteNothing')}</p>}
      </div>
    </div>
  );
}
