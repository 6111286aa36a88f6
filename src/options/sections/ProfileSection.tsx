import { t } from '../../i18n';
import type { Settings } from '../../settings/settings';

type Profile = Settings['profile'];
const FIELDS: { name: keyof Profile; label: Parameters<typeof t>[0]; multiline?: boolean }[] = [
  { name: 'company', label: 'fieldCompany' },
  { name: 'sender', label: 'fieldSender' },
  { name: 'signature', label: 'fieldSignature', multiline: true },
  { name: 'currency', label: 'fieldCurrency' },
  { name: 'terms', label: 'fieldTerms' },
  { name: 'paymentInstructions', label: 'fieldPaymentInstructions', multiline: true },
];

/** The business profile: what every reminder and template is filled with. */
export function ProfileSection({ profile, onChange }: { profile: Profile; onChange: (p: Profile) => void }) {
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('optionsProfile')}</h2>
      <p class="help">{t('optionsProfileHelp')}</p>
      {FIELDS.map((f) =>
        f.multiline ? (
          <label key={f.name}>
            {t(f.label)}
            <textarea
              name={f.name}
              rows={3}
              value={profile[f.name]}
              onChange={(e) => onChange({ ...profile, [f.name]: e.currentTarget.value })}
            />
          </label>
        ) : (
          <label key={f.name}>
            {t(f.label)}
            <input
              name={f.name}
              type="text"
              value={profile[f.name]}
              onChange={(e) => onChange({ ...profile, [f.name]: e.currentTarget.value })}
            />
          </label>
        ),
      )}
    </section>
  );
}
