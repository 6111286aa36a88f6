/**
 * What the user can set, as a valibot schema, and how anything read from storage becomes valid settings:
 * migrations between versions and a field-by-field fallback to the defaults. No browser API here.
 */
import * as v from 'valibot';
import { LANGS, STAGES } from '../shared/vocab';
import type { Template } from '../templates/types';

/** The version of the stored settings and of exported files. */
export const SETTINGS_VERSION = 1;

export const PRESEND_CHECKS = ['off', 'warn'] as const;
export type PresendCheck = (typeof PRESEND_CHECKS)[number];
export const SENSITIVITIES = ['gentle', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const UI_LANGUAGES = ['auto', 'en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const FLAG_CATEGORIES = ['aggressive', 'vague'] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

/** An extra phrase to flag ("always flag this"), with the category it is reported in. */
export interface FlagPhrase {
  phrase: string;
  category: FlagCategory;
}

/** The business profile: fills the `{company}`, `{sender}`, `{terms}`… placeholders of templates. */
export interface Profile {
  company: string;
  sender: string;
  signature: string;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  terms: string;
  paymentInstructions: string;
}

/** What the user can set. Anything unreadable in storage falls back to its default, field by field. */
export interface Settings {
  /** Ask before sending a draft that still has aggressive wording or unfilled [placeholders]. */
  presendCheck: PresendCheck;
  /** Rule ids switched off. */
  disabledRules: string[];
  /** Phrases never to flag ("Don't flag this phrase again"). */
  allowPhrases: string[];
  /** Extra phrases to flag. */
  flagPhrases: FlagPhrase[];
  /** How much is shown: see `rulesOffFor`. */
  sensitivity: Sensitivity;
  /** Interface language; `auto` follows the browser. */
  uiLanguage: UiLanguage;
  profile: Profile;
  /** The user's own templates, in the user's order. */
  templates: Template[];
}

export type SettingKey = keyof Settings;

export const DEFAULT_PROFILE: Profile = deepFreeze({
  company: '',
  sender: '',
  signature: '',
  currency: 'EUR',
  terms: '',
  paymentInstructions: '',
});

/** The defaults (frozen: copy before changing, e.g. `{ ...DEFAULT_SETTINGS, presendCheck: 'off' }`). */
export const DEFAULT_SETTINGS: Settings = deepFreeze({
  presendCheck: 'warn',
  disabledRules: [],
  allowPhrases: [],
  flagPhrases: [],
  sensitivity: 'standard',
  uiLanguage: 'auto',
  profile: DEFAULT_PROFILE,
  templates: [],
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return sanitizeSettings(undefined);
}

const RULES_OFF: Record<Sensitivity, readonly string[]> = {
  // Tone only: the vague-wording rules are off; placeholders and inconsistent facts stay (they are errors).
  gentle: ['hedging', 'vague-cta', 'vague-time', 'vague-reference'],
  standard: [],
  strict: [],
};

/**
 * The rules a sensitivity switches off, on top of the user's own `disabledRules`.
 * `gentle` keeps the aggressive findings and drops the fussiest vague ones; `standard` and `strict` keep all.
 */
export function rulesOffFor(sensitivity: Sensitivity): string[] {
  return [...(RULES_OFF[sensitivity] ?? [])];
}

/** The rule ids to give the analyzer: the user's `disabledRules` plus those the sensitivity switches off. */
export function effectiveDisabledRules(settings: Pick<Settings, 'disabledRules' | 'sensitivity'>): string[] {
  return [...new Set([...settings.disabledRules, ...rulesOffFor(settings.sensitivity)])];
}

// ---------------------------------------------------------------------------------------------------------
// Schema. Every message reads after "path: ", e.g. `templates[2].stage: expected one of upcoming, due, …`.

/** A short, readable description of a value found where something else was expected. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const got = (issue: { input: unknown }) => `, got ${describeValue(issue.input)}`;

const text = () => v.string((issue) => `expected text${got(issue)}`);
const nonEmptyText = () => v.pipe(text(), v.nonEmpty('must not be empty'));
const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, (issue) => `expected one of ${options.join(', ')}${got(issue)}`);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, (issue) => `expected a list${got(issue)}`);
/** An object (not a list, not null) with these entries; a missing entry is reported as `missing`. */
export const objectWith = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
      (issue) => `expected an object${got(issue)}`,
    ),
    v.object(entries, 'missing'),
  );

export const CurrencySchema = v.pipe(
  text(),
  v.check(
    (code) => /^[A-Za-z]{3}$/.test(code.trim()),
    (issue) => `expected a 3-letter ISO 4217 currency code such as EUR${got(issue)}`,
  ),
  v.trim(),
  v.toUpperCase(),
);

export const TemplateSchema = objectWith({
  id: nonEmptyText(),
  name: nonEmptyText(),
  lang: oneOf(LANGS),
  stage: oneOf(STAGES),
  subject: text(),
  body: text(),
  shortcut: v.optional(
    v.pipe(
      text(),
      v.regex(/^\S+$/, (issue) => `expected one word without spaces${got(issue)}`),
    ),
  ),
  builtIn: v.optional(v.boolean((issue) => `expected true or false${got(issue)}`)),
});

export const FlagPhraseSchema = objectWith({
  phrase: nonEmptyText(),
  category: oneOf(FLAG_CATEGORIES),
});

export const PROFILE_ENTRIES = {
  company: text(),
  sender: text(),
  signature: text(),
  currency: CurrencySchema,
  terms: text(),
  paymentInstructions: text(),
};
export const ProfileSchema = objectWith(PROFILE_ENTRIES);

/** One schema per setting: storage is read field by field, an import file is checked against all of them. */
export const SETTING_SCHEMAS = {
  presendCheck: oneOf(PRESEND_CHECKS),
  disabledRules: list(nonEmptyText()),
  allowPhrases: list(nonEmptyText()),
  flagPhrases: list(FlagPhraseSchema),
  sensitivity: oneOf(SENSITIVITIES),
  uiLanguage: oneOf(UI_LANGUAGES),
  profile: ProfileSchema,
  templates: list(TemplateSchema),
};

/** The whole settings object, every field required. */
export const SettingsSchema = objectWith(SETTING_SCHEMAS);

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];

// The schema and the hand-written types must describe the same values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [
  Same<v.InferOutput<typeof TemplateSchema>, Template>,
  Same<v.InferOutput<typeof SettingsSchema>, Settings>,
] = [true, true];
void schemaMatchesTypes;

// ---------------------------------------------------------------------------------------------------------
// Reading anything: field by field, item by item.

function parseOr<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : fallback;
}

/** The readable items of a list (none when it is not a list). */
function readableItems<T>(schema: v.GenericSchema<unknown, T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const result = v.safeParse(schema, item);
    return result.success ? [result.output] : [];
  });
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Readable templates, in order; of two with the same id the first is kept. A template whose only problem
 * is an optional field (`shortcut`, `builtIn`) is kept without it.
 */
export function readableTemplates(value: unknown): Template[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, Template>();
  for (const item of value) {
    let result = v.safeParse(TemplateSchema, item);
    if (!result.success && typeof item === 'object' && item !== null) {
      const { shortcut, builtIn, ...required } = item as Record<string, unknown>;
      const salvaged = { ...required, ...(v.is(v.boolean(), builtIn) ? { builtIn } : {}) };
      const withShortcut = { ...salvaged, shortcut };
      result = v.safeParse(TemplateSchema, withShortcut);
      if (!result.success) result = v.safeParse(TemplateSchema, salvaged);
    }
    if (result.success && !byId.has(result.output.id)) byId.set(result.output.id, result.output);
  }
  return [...byId.values()];
}

function uniqueStrings(value: unknown): string[] {
  return [...new Set(readableItems(nonEmptyText(), value))];
}

function sanitizeProfile(raw: unknown): Profile {
  const r = asRecord(raw);
  const textOr = (key: Exclude<keyof Profile, 'currency'>) => parseOr(text(), r[key], DEFAULT_PROFILE[key]);
  return {
    company: textOr('company'),
    sender: textOr('sender'),
    signature: textOr('signature'),
    currency: parseOr(CurrencySchema, r.currency, DEFAULT_PROFILE.currency),
    terms: textOr('terms'),
    paymentInstructions: textOr('paymentInstructions'),
  };
}

/**
 * Current-version settings from anything: keeps every readable field, replaces the rest with its default.
 * In lists, only the unreadable items are dropped (a broken template does not take the others with it).
 * Never throws; unknown fields are dropped.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = asRecord(raw);
  return {
    presendCheck: parseOr(SETTING_SCHEMAS.presendCheck, r.presendCheck, DEFAULT_SETTINGS.presendCheck),
    disabledRules: uniqueStrings(r.disabledRules),
    allowPhrases: uniqueStrings(r.allowPhrases),
    flagPhrases: readableItems(FlagPhraseSchema, r.flagPhrases),
    sensitivity: parseOr(SETTING_SCHEMAS.sensitivity, r.sensitivity, DEFAULT_SETTINGS.sensitivity),
    uiLanguage: parseOr(SETTING_SCHEMAS.uiLanguage, r.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
    profile: sanitizeProfile(r.profile),
    templates: readableTemplates(r.templates),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Versions.

/**
 * `MIGRATIONS[n]` turns a version-n record into a version-(n+1) record (raw data: validation comes after).
 * Version 0 is the unversioned first shape `{ presendCheck, disabledRules, allowPhrases }`: its three fields
 * mean the same in version 1, which only adds fields (they get their defaults).
 */
const MIGRATIONS: ((raw: Record<string, unknown>) => Record<string, unknown>)[] = [
  (raw) => ({ ...raw, version: 1 }),
];

/** The version a stored record or file says it has: 0 when it says nothing readable. */
export function versionOf(raw: unknown): number {
  const version = asRecord(raw).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Brings a raw record up to the current version, still unvalidated. A newer version is left as it is. */
export function upgrade(raw: unknown): Record<string, unknown> {
  let record = asRecord(raw);
  for (let version = versionOf(raw); version < SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) record = step(record);
  }
  return record;
}

/**
 * Settings from a stored record of any version: migrated step by step to the current version, then read
 * field by field. A record from a newer version keeps what this version can read. Never throws.
 */
export function migrate(raw: unknown): Settings {
  return sanitizeSettings(upgrade(raw));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
