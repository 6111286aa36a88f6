import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { DraftFinding, DraftReport } from '../messages';
import { loadSettings } from '../settings/settings';
import { DraftReportView } from './DraftReportView';
import { askActiveTab } from './page-client';
import { type ReminderDefaults, ReminderForm } from './ReminderForm';

type Status = { kind: 'loading' } | { kind: 'ready'; report: DraftReport | null; defaults: ReminderDefaults };

function uiLang(): 'en' | 'fr' {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function Popup({ today = new Date() }: { today?: Date }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [notice, setNotice] = useState('');

  const refresh = async () => {
    const [report, settings] = await Promise.all([
      askActiveTab({ type: 'get-draft-report' }),
      loadSettings(),
    ]);
    const profile = settings.profile;
    setStatus({
      kind: 'ready',
      report,
      defaults: {
        lang: report?.lang ?? uiLang(),
        currency: profile?.currency || 'EUR',
        terms: profile?.terms || undefined,
        paymentInstructions: profile?.paymentInstructions || undefined,
        sender: profile?.sender || undefined,
        company: profile?.company || undefined,
      },
    });
  };
  useEffect(() => {
    void refresh();
  }, []);

  const apply = async (finding: DraftFinding, suggestion: string) => {
    await askActiveTab({ type: 'apply-suggestion', findingId: finding.id, suggestion });
    await refresh();
  };
  const insert = async (subject: string, body: string) => {
    const answer = await askActiveTab({ type: 'insert-reminder', subject, body });
    setNotice(answer?.inserted ? t('popupInserted') : t('popupInsertFailed'));
    await refresh();
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t('popupCopied'));
    } catch {
      setNotice(t('popupCopyFailed'));
    }
  };

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {status.kind === 'loading' ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <>
          {status.report ? (
            <DraftReportView report={status.report} onApply={(f, s) => void apply(f, s)} />
          ) : (
            <p class="hint">{t('popupHint')}</p>
          )}
          <ReminderForm
            defaults={status.defaults}
            today={today}
            canInsert={status.report !== null}
            onInsert={(subject, body) => void insert(subject, body)}
            onCopy={(text) => void copy(text)}
          />
        </>
      )}
      <p class="notice" role="status">
        {notice}
      </p>
    </main>
  );
}
