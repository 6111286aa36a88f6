/**
 * Settings files: export to pretty JSON, import with every problem reported. Pure functions: importing
 * changes nothing by itself; save the result with `saveSettings`.
 */
import * as v from 'valibot';
import type { Template } from '../templates/types';
import {
  DEFAULT_SETTINGS,
  describeValue,
  type FlagPhrase,
  objectWith,
  PROFILE_ENTRIES,
  SETTING_KEYS,
  SETTING_SCHEMAS,
  SETTINGS_VERSION,
  type SettingKey,
  type Settings,
  sanitizeSettings,
  upgrade,
} from './schema';

export const SETTINGS_FILE_FORMAT = 'tactful-settings';

export const NOT_A_SETTINGS_FILE = `not a Tactful settings file (it has no "format": "${SETTINGS_FILE_FORMAT}")`;
export const NO_SETTINGS_IN_FILE = 'no settings in this file';

/** The settings as a pretty JSON file: `{ "format": "tactful-settings", "version": 1, ...settings }`. */
export function exportSettings(settings: Settings): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, ...sanitizeSettings(settings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | {
      ok: true;
      /** `into` with the file applied: save it with `saveSettings` to keep it. */
      settings: Settings;
      /** The settings the file has, in schema order (e.g. only `templates` for a shared template file). */
      imported: SettingKey[];
    }
  | { ok: false; errors: string[] };

/** What a file may hold: any subset of the settings (and of the profile's fields). */
const FileSchema = v.object({
  presendCheck: v.optional(SETTING_SCHEMAS.presendCheck),
  disabledRules: v.optional(SETTING_SCHEMAS.disabledRules),
  allowPhrases: v.optional(SETTING_SCHEMAS.allowPhrases),
  flagPhrases: v.optional(SETTING_SCHEMAS.flagPhrases),
  sensitivity: v.optional(SETTING_SCHEMAS.sensitivity),
  uiLanguage: v.optional(SETTING_SCHEMAS.uiLanguage),
  profile: v.optional(objectWith(v.partial(v.object(PROFILE_ENTRIES)).entries)),
  templates: v.optional(SETTING_SCHEMAS.templates),
});

/**
 * Reads a settings file and applies it to `into` (default: the defaults).
 *
 * A file may hold any subset of the settings: a team can share a file with only `templates`. Importing adds
 * and updates, never removes: the values in the file replace the current ones, the phrase and rule lists are
 * merged, and templates are merged by id (same id → replaced in place, new ones appended in the file's order).
 *
 * An invalid file changes nothing and gets every problem, each as `path: problem`, e.g.
 * `templates[2].stage: expected one of upcoming, due, overdue, firm, final, correction, got "later"`.
 */
export function importSettings(json: string, into: Settings = DEFAULT_SETTINGS): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [`not valid JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [NOT_A_SETTINGS_FILE] };
  }
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) return { ok: false, errors: [NOT_A_SETTINGS_FILE] };
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const problem =
      version === undefined ? 'missing' : `expected a whole number, got ${describeValue(version)}`;
    return { ok: false, errors: [`version: ${problem}`] };
  }

  const record = upgrade(file);
  const errors: string[] = [];
  const result = v.safeParse(FileSchema, record, { abortEarly: false });
  if (!result.success) errors.push(...result.issues.map(formatIssue));
  errors.push(...duplicateTemplateIds(record.templates));
  // A newer version's settings this version doesn't know are skipped; in a file of this version they are typos.
  if (version <= SETTINGS_VERSION) {
    const known = new Set<string>(['format', 'version', ...SETTING_KEYS]);
    for (const key of Object.keys(record)) if (!known.has(key)) errors.push(`${key}: not a Tactful setting`);
    const profile = record.profile;
    if (typeof profile === 'object' && profile !== null && !Array.isArray(profile)) {
      const fields = new Set(Object.keys(PROFILE_ENTRIES));
      for (const key of Object.keys(profile)) {
        if (!fields.has(key)) errors.push(`profile.${key}: not a field of the profile`);
      }
    }
  }
  if (!result.success || errors.length > 0) return { ok: false, errors };

  const found = result.output;
  const imported = SETTING_KEYS.filter((key) => found[key] !== undefined);
  if (imported.length === 0) return { ok: false, errors: [NO_SETTINGS_IN_FILE] };

  const next = sanitizeSettings(into);
  if (found.presendCheck) next.presendCheck = found.presendCheck;
  if (found.sensitivity) next.sensitivity = found.sensitivity;
  if (found.uiLanguage) next.uiLanguage = found.uiLanguage;
  if (found.disabledRules) next.disabledRules = [...new Set([...next.disabledRules, ...found.disabledRules])];
  if (found.allowPhrases) next.allowPhrases = [...new Set([...next.allowPhrases, ...found.allowPhrases])];
  if (found.flagPhrases) next.flagPhrases = mergeFlagPhrases(next.flagPhrases, found.flagPhrases);
  if (found.profile) {
    for (const [key, value] of Object.entries(found.profile)) {
      if (value !== undefined) next.profile[key as keyof typeof next.profile] = value;
    }
  }
  if (found.templates) next.templates = mergeTemplates(next.templates, found.templates);
  return { ok: true, settings: next, imported };
}

/** `templates[2].stage: expected one of …`: the issue's path, then its message. */
export function formatIssue(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = String(item.key);
    path += item.type === 'array' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path ? `${path}: ${issue.message}` : issue.message;
}

function duplicateTemplateIds(templates: unknown): string[] {
  if (!Array.isArray(templates)) return [];
  const first = new Map<string, number>();
  const errors: string[] = [];
  templates.forEach((template: unknown, index) => {
    const id =
      typeof template === 'object' && template !== null ? (template as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else errors.push(`templates[${index}].id: same id as templates[${earlier}] (${describeValue(id)})`);
  });
  return errors;
}

function mergeTemplates(current: Template[], incoming: Template[]): Template[] {
  const merged = [...current];
  for (const template of incoming) {
    const at = merged.findIndex((t) => t.id === template.id);
    if (at >= 0) merged[at] = template;
    else merged.push(template);
  }
  return merged;
}

function mergeFlagPhrases(current: FlagPhrase[], incoming: FlagPhrase[]): FlagPhrase[] {
  const merged = [...current];
  for (const flag of incoming) {
    const at = merged.findIndex((f) => f.phrase.toLowerCase() === flag.phrase.toLowerCase());
    if (at >= 0) merged[at] = flag;
    else merged.push(flag);
  }
  return merged;
}
