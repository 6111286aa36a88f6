import { CONSISTENCY_RULES } from '../../analyzer/rules/consistency';
import { RULES } from '../../analyzer/rules/registry';
import { type MessageKey, t } from '../../i18n';
import type { Settings } from '../../settings/settings';
import { categoryOfKind, KINDS } from '../../shared/vocab';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A rule's description in the interface language (the analyzer's own English text if none is translated). */
function ruleDescription(id: string, fallback: string): string {
  const translated = t(`rule_${id.replace(/-/g, '_')}` as MessageKey);
  return translated.startsWith('rule_') ? fallback : translated;
}

/** Each rule with its description and a switch; phrases to allow or flag; sensitivity. */
export function RulesSection({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (s: Settings) => void;
}) {
  const all = [
    ...RULES.map((r) => ({ id: r.id, description: r.description, category: r.category })),
    // Kinds only the learned model finds switch off the same way.
    ...KINDS.filter((k) => !RULES.some((r) => r.id === k)).map((k) => ({
      id: k,
      description: k,
      category: categoryOfKind(k),
    })),
    ...CONSISTENCY_RULES.map((r) => ({ id: r.id, description: r.description, category: 'inconsistent' })),
  ];
  const off = new Set(settings.disabledRules);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('optionsRules')}</h2>
      <label>
        {t('optionsSensitivity')}
        <select
          name="sensitivity"
          value={settings.sensitivity}
          onChange={(e) =>
            onChange({ ...settings, sensitivity: e.currentTarget.value as Settings['sensitivity'] })
          }
        >
          <option value="gentle">{t('sensitivityGentle')}</option>
          <option value="standard">{t('sensitivityStandard')}</option>
        </select>
      </label>
      <ul class="rules">
        {all.map((rule) => (
          <li key={rule.id}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={!off.has(rule.id)}
                aria-checked={!off.has(rule.id)}
                onChange={(e) => {
                  const next = new Set(off);
                  if (e.currentTarget.checked) next.delete(rule.id);
                  else next.add(rule.id);
                  onChange({ ...settings, disabledRules: [...next] });
                }}
              />
              <span>
                <code>{rule.id}</code> — {ruleDescription(rule.id, rule.description)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <label>
        {t('optionsAllowPhrases')}
        <textarea
          name="allowPhrases"
          rows={3}
          value={settings.allowPhrases.join('\n')}
          onChange={(e) => onChange({ ...settings, allowPhrases: lines(e.currentTarget.value) })}
        />
      </label>
      <FlagPhrases
        settings={settings}
        category="aggressive"
        label="optionsFlagAggressive"
        onChange={onChange}
      />
      <FlagPhrases settings={settings} category="vague" label="optionsFlagVague" onChange={onChange} />
    </section>
  );
}

/** Phrases the user wants flagged in one category, one per line. */
function FlagPhrases({
  settings,
  category,
  label,
  onChange,
}: {
  settings: Settings;
  category: 'aggressive' | 'vague';
  label: MessageKey;
  onChange: (s: Settings) => void;
}) {
  return (
    <label>
      {t(label)}
      <textarea
        name={`flag-${category}`}
        rows={3}
        value={settings.flagPhrases
          .filter((f) => f.category === category)
          .map((f) => f.phrase)
          .join('\n')}
        onChange={(e) =>
          onChange({
            ...settings,
            flagPhrases: [
              ...settings.flagPhrases.filter((f) => f.category !== category),
              ...lines(e.currentTarget.value).map((phrase) => ({ phrase, category })),
            ],
          })
        }
      />
    </label>
  );
}
