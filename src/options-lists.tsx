import { t } from './i18n';
import { STAGE_LABEL } from './labels';
import { STAGES } from './shared/vocab';

/** The `<option>`s of a stage select, shared by the popup's form and the template editor. */
export function StageOptions() {
  return (
    <>
      {STAGES.map((s) => (
        <option key={s} value={s}>
          {t(STAGE_LABEL[s])}
        </option>
      ))}
    </>
  );
}

/** The `<option>`s of an email-language select (language names are written in their own language). */
export function LanguageOptions() {
  return (
    <>
      <option value="en">English</option>
      <option value="fr">Français</option>
    </>
  );
}
