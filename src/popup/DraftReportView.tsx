import { t } from '../i18n';
import { CATEGORY_LABEL, FACT_LABEL, TONE_LABEL } from '../labels';
import type { DraftFinding, DraftReport } from '../messages';

/** The tone on a gauge from friendly to aggressive. */
export function ToneGauge({ tone }: { tone: NonNullable<DraftReport['tone']> }) {
  return (
    <div class="gauge">
      <label for="tone-meter">
        {t('popupTone')}: <strong class={`tone ${tone.label}`}>{t(TONE_LABEL[tone.label])}</strong>
      </label>
      <meter id="tone-meter" min={0} max={100} low={40} high={68} optimum={15} value={tone.score}>
        {tone.score}
      </meter>
      <div class="gauge-ends" aria-hidden="true">
        <span>{t('toneFriendly')}</span>
        <span>{t('toneAggressive')}</span>
      </div>
    </div>
  );
}

export function DraftReportView({
  report,
  onApply,
}: {
  report: DraftReport;
  onApply: (finding: DraftFinding, suggestion: string) => void;
}) {
  return (
    <section aria-labelledby="draft-title" class="draft">
      <h2 id="draft-title">{t('popupDraftTitle')}</h2>
      {report.tone ? <ToneGauge tone={report.tone} /> : <p class="muted">{t('popupDraftEmpty')}</p>}
      {report.findings.length > 0 && (
        <ul class="findings">
          {report.findings.map((f) => (
            <li key={f.id}>
              <span class={`tag ${f.category}`}>{t(CATEGORY_LABEL[f.category])}</span>{' '}
              <span class="quote">“{f.text.trim()}”</span>
              {f.inSubject ? ` (${t('listSubject')})` : ''}
              <p>{f.message}</p>
              {f.suggestions.map((s) => (
                <button type="button" class="secondary" key={s} onClick={() => onApply(f, s)}>
                  {s === '' ? t('cardRemove') : t('cardApply', s)}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
      {report.facts.length > 0 && (
        <p class="facts">
          {t('popupFactsFound')}: {report.facts.map((f) => f.text).join(' · ')}
        </p>
      )}
      {report.tone && report.missing.length > 0 && (
        <p class="missing">{t('listMissing', report.missing.map((k) => t(FACT_LABEL[k])).join(', '))}</p>
      )}
    </section>
  );
}
