import type { Finding, RequiredFact, ToneLabel } from '../../analyzer/index';
import { t } from '../../i18n';
import { CATEGORY_COUNT, CATEGORY_LABEL, FACT_LABEL, TONE_LABEL } from '../../labels';
import type { Placeholder } from '../../templates/types';
import { Palette, type PaletteView } from './Palette';

/** A finding as the overlay shows it. */
export interface ViewFinding {
  id: string;
  finding: Finding;
  inSubject: boolean;
}

export interface OverlayView {
  theme: 'light' | 'dark';
  /** Where the pill sits: its top-right corner, in viewport pixels; null hides it. */
  anchor: { right: number; top: number } | null;
  tone: ToneLabel | null;
  findings: ViewFinding[];
  missing: RequiredFact[];
  listOpen: boolean;
  card: { item: ViewFinding; top: number; left: number; focus: boolean } | null;
  presend: { items: string[] } | null;
  palette: PaletteView | null;
}

export interface OverlayActions {
  toggleList(): void;
  show(id: string): void;
  apply(id: string, suggestion: string): void;
  ignore(id: string): void;
  neverFlag(id: string): void;
  closeCard(): void;
  /** Escape: close the open card, list or question, and give the focus back to the draft. */
  dismiss(): void;
  review(): void;
  sendAnyway(): void;
  chooseTemplate(id: string): void;
  insertTemplate(id: string, values: Partial<Record<Placeholder, string>>): void;
  closePalette(): void;
}

export function pillText(view: Pick<OverlayView, 'tone' | 'findings' | 'missing'>): string {
  const parts: string[] = [];
  if (view.tone) parts.push(t(TONE_LABEL[view.tone]));
  for (const category of ['aggressive', 'vague', 'inconsistent'] as const) {
    const n = view.findings.filter((f) => f.finding.category === category).length;
    if (n > 0) parts.push(t(CATEGORY_COUNT[category], String(n)));
  }
  if (view.missing.length > 0)
    parts.push(t('pillMissing', view.missing.map((k) => t(FACT_LABEL[k])).join(', ')));
  return parts.join(' · ');
}

function Card({ view, actions }: { view: NonNullable<OverlayView['card']>; actions: OverlayActions }) {
  const { finding, id } = view.item;
  return (
    <div
      class="card"
      role="dialog"
      aria-label={t(CATEGORY_LABEL[finding.category])}
      style={{ top: `${view.top}px`, left: `${view.left}px` }}
    >
      <button type="button" class="close" aria-label={t('cardClose')} onClick={actions.closeCard}>
        ×
      </button>
      <span class={`tag ${finding.category}`}>{t(CATEGORY_LABEL[finding.category])}</span>
      <p>
        <span class="quote">“{finding.text.trim()}”</span> — {finding.message}
      </p>
      {finding.suggestions.length === 0 && <p class="muted">{t('cardRewrite')}</p>}
      <div class="actions">
        {finding.suggestions.map((s, i) => (
          <button
            type="button"
            class="primary"
            key={s}
            title={s}
            ref={(el) => {
              if (el && i === 0 && view.focus) el.focus();
            }}
            onClick={() => actions.apply(id, s)}
          >
            {s === '' ? t('cardRemove') : t('cardApply', s)}
          </button>
        ))}
        <button
          type="button"
          class="secondary"
          ref={(el) => {
            if (el && finding.suggestions.length === 0 && view.focus) el.focus();
          }}
          onClick={() => actions.ignore(id)}
        >
          {t('cardIgnore')}
        </button>
        <button type="button" class="secondary" onClick={() => actions.neverFlag(id)}>
          {t('cardNeverFlag')}
        </button>
      </div>
    </div>
  );
}

function Panel({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const anchor = view.anchor;
  if (!anchor) return null;
  return (
    <div
      class="panel"
      role="dialog"
      aria-label={t('listTitle')}
      style={{ right: `${anchor.right}px`, top: `${anchor.top + 30}px` }}
    >
      <h2>{t('listTitle')}</h2>
      {view.findings.length === 0 && view.missing.length === 0 && <p class="empty">{t('listNothing')}</p>}
      <ul>
        {view.findings.map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => actions.show(item.id)}>
              <span class={`tag ${item.finding.category}`}>{t(CATEGORY_LABEL[item.finding.category])}</span>{' '}
              <span class="quote">“{item.finding.text.trim()}”</span>
              {item.inSubject ? ` (${t('listSubject')})` : ''}
            </button>
          </li>
        ))}
      </ul>
      {view.missing.length > 0 && (
        <p class="missing">{t('listMissing', view.missing.map((k) => t(FACT_LABEL[k])).join(', '))}</p>
      )}
    </div>
  );
}

function PresendDialog({ items, actions }: { items: string[]; actions: OverlayActions }) {
  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="tactful-presend-title">
        <h2 id="tactful-presend-title">{t('presendTitle')}</h2>
        <p>{t('presendIntro')}</p>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" class="primary" ref={(el) => el?.focus()} onClick={actions.review}>
            {t('presendReview')}
          </button>
          <button type="button" class="secondary" onClick={actions.sendAnyway}>
            {t('presendSendAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const anchor = view.anchor;
  return (
    <div class={`layer ${view.theme}`}>
      {anchor && (
        <button
          type="button"
          class="pill"
          aria-label={t('pillLabel')}
          aria-expanded={view.listOpen}
          style={{ right: `${anchor.right}px`, top: `${anchor.top}px` }}
          onClick={actions.toggleList}
        >
          <span class={`dot ${view.tone ?? ''}`} />
          {pillText(view)}
        </button>
      )}
      {view.listOpen && <Panel view={view} actions={actions} />}
      {view.card && <Card view={view.card} actions={actions} />}
      {view.presend && <PresendDialog items={view.presend.items} actions={actions} />}
      {view.palette && (
        <Palette
          key={view.palette.form ? `form-${view.palette.form.item.id}` : 'list'}
          view={view.palette}
          actions={{
            choose: actions.chooseTemplate,
            insert: actions.insertTemplate,
            close: actions.closePalette,
          }}
        />
      )}
    </div>
  );
}
