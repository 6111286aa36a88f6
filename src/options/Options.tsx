import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import {
  exportSettings,
  importSettings,
  loadPolicy,
  loadSettings,
  type Policy,
  type Settings,
  saveSettings,
} from '../settings/settings';
import { ProfileSection } from './sections/ProfileSection';
import { RulesSection } from './sections/RulesSection';
import { TemplatesSection } from './sections/TemplatesSection';

const SAVE_DELAY_MS = 400;

/** The options page: profile, rules, check before sending, language, templates, import and export. */
export function Options({ today = new Date() }: { today?: Date }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<Policy>({ presendCheckLocked: false, houseTemplates: [] });
  const [status, setStatus] = useState('');
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void Promise.all([loadSettings(), loadPolicy()]).then(([s, p]) => {
      setSettings(s);
      setPolicy(p);
    });
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void saveSettings(next).then(
        () => setStatus(t('optionsSaved')),
        () => setStatus(t('optionsSaveFailed')),
      );
    }, SAVE_DELAY_MS);
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'tactful-settings.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportErrors([t('importUnreadable', file.name)]);
      return;
    }
    const result = importSettings(text, settings);
    if (!result.ok) {
      setImportErrors(result.errors);
      setStatus(t('importRejected'));
      return;
    }
    setImportErrors([]);
    change(result.settings);
    setStatus(t('importDone'));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ProfileSection profile={settings.profile} onChange={(profile) => change({ ...settings, profile })} />
      <RulesSection settings={settings} onChange={change} />
      <section aria-labelledby="sending-title">
        <h2 id="sending-title">{t('optionsSending')}</h2>
        <label>
          {t('optionsPresend')}
          <select
            name="presendCheck"
            value={settings.presendCheck}
            disabled={policy.presendCheckLocked}
            onChange={(e) =>
              change({ ...settings, presendCheck: e.currentTarget.value as Settings['presendCheck'] })
            }
          >
            <option value="warn">{t('presendWarn')}</option>
            <option value="off">{t('presendOff')}</option>
          </select>
        </label>
        {policy.presendCheckLocked && <p class="help">{t('optionsLockedByPolicy')}</p>}
      </section>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('optionsLanguage')}</h2>
        <label>
          {t('optionsInterfaceLanguage')}
          <select
            name="uiLanguage"
            value={settings.uiLanguage}
            onChange={(e) =>
              change({ ...settings, uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })
            }
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </section>
      <TemplatesSection
        templates={settings.templates}
        houseTemplates={policy.houseTemplates}
        today={today}
        onChange={(templates) => change({ ...settings, templates })}
      />
      <section aria-labelledby="share-title">
        <h2 id="share-title">{t('optionsShare')}</h2>
        <p class="help">{t('optionsShareHelp')}</p>
        <div class="actions">
          <button type="button" class="secondary" onClick={download}>
            {t('exportButton')}
          </button>
          <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
            {t('importButton')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('importButton')}
            onChange={(e) => void upload(e.currentTarget.files?.[0])}
          />
        </div>
        {importErrors.length > 0 && (
          <ul class="errors" role="alert">
            {importErrors.map((err) => (
              <li key={err}>{err}</li>
            ))}
          </ul>
        )}
      </section>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
