import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  exportSettings,
  importSettings,
  loadSettings,
  type Settings,
  saveSettings,
} from '../../src/settings/settings';
import { fake } from '../support/fake-browser';
import { template } from './helpers';

vi.mock('webextension-polyfill', async () => ({
  default: (await import('../support/fake-browser')).fake.browser,
}));

beforeEach(() => fake.reset());

const full: Settings = {
  presendCheck: 'off',
  disabledRules: ['threat'],
  allowPhrases: ['kindly'],
  flagPhrases: [{ phrase: 'final warning', category: 'aggressive' }],
  sensitivity: 'gentle',
  uiLanguage: 'fr',
  profile: {
    company: 'Statbird',
    sender: 'Ada',
    signature: 'Ada\nStatbird',
    currency: 'USD',
    terms: 'Net 30',
    paymentInstructions: 'app.statbird.io/billing',
  },
  templates: [template('a'), template('b', { lang: 'fr', stage: 'final', shortcut: 'final' })],
};

const file = (content: Record<string, unknown>) =>
  JSON.stringify({ format: 'tactful-settings', version: 1, ...content });

describe('exportSettings', () => {
  it('writes pretty JSON with the format and version first', () => {
    const json = exportSettings(full);
    expect(
      json.startsWith('{\n  "format": "tactful-settings",\n  "version": 1,\n  "presendCheck": "off",'),
    ).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual({ format: 'tactful-settings', version: 1, ...full });
  });

  it('leaves out what is not a setting (the policy, where they are stored)', async () => {
    fake.setPolicy({ houseTemplates: [template('house')] });
    const parsed = JSON.parse(exportSettings(await loadSettings()));
    expect(Object.keys(parsed)).toEqual(['format', 'version', ...Object.keys(DEFAULT_SETTINGS)]);
  });
});

describe('export → import', () => {
  it('gives back the same settings', () => {
    expect(importSettings(exportSettings(full))).toEqual({
      ok: true,
      settings: full,
      imported: Object.keys(DEFAULT_SETTINGS),
    });
  });

  it('gives back the same settings through storage', async () => {
    const result = importSettings(exportSettings(full));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    await saveSettings(result.settings);
    const { policy, storedIn, ...loaded } = await loadSettings();
    expect(loaded).toEqual(full);
    expect(exportSettings(loaded)).toBe(exportSettings(full));
  });
});

describe('importSettings', () => {
  it('accepts a file with only templates and keeps everything else (a team’s shared file)', () => {
    const current = { ...full, templates: [template('a', { name: 'My old A' }), template('mine')] };
    const result = importSettings(file({ templates: [template('a'), template('team')] }), current);
    expect(result).toEqual({
      ok: true,
      imported: ['templates'],
      // Same id: replaced in place; new: appended; the user's own are kept.
      settings: { ...full, templates: [template('a'), template('mine'), template('team')] },
    });
  });

  it('without current settings, applies the file to the defaults', () => {
    const result = importSettings(file({ templates: [template('team')] }));
    expect(result).toEqual({
      ok: true,
      imported: ['templates'],
      settings: { ...DEFAULT_SETTINGS, templates: [template('team')] },
    });
  });

  it('adds to the lists, replaces single values and the profile fields the file has', () => {
    const result = importSettings(
      file({
        presendCheck: 'warn',
        allowPhrases: ['kindly', 'ASAP'],
        flagPhrases: [
          { phrase: 'FINAL WARNING', category: 'vague' },
          { phrase: 'or else', category: 'aggressive' },
        ],
        profile: { company: 'Statbird Ltd', currency: 'gbp' },
      }),
      full,
    );
    expect(result).toEqual({
      ok: true,
      imported: ['presendCheck', 'allowPhrases', 'flagPhrases', 'profile'],
      settings: {
        ...full,
        presendCheck: 'warn',
        allowPhrases: ['kindly', 'ASAP'],
        flagPhrases: [
          { phrase: 'FINAL WARNING', category: 'vague' },
          { phrase: 'or else', category: 'aggressive' },
        ],
        profile: { ...full.profile, company: 'Statbird Ltd', currency: 'GBP' },
      },
    });
  });

  it('changes nothing it was given', () => {
    const current = defaultSettings();
    const before = JSON.stringify(current);
    importSettings(file({ templates: [template('x')], allowPhrases: ['y'] }), current);
    expect(JSON.stringify(current)).toBe(before);
  });

  it('lists every problem of an invalid file, with its path', () => {
    const bad = file({
      presendCheck: 'sometimes',
      disabledRules: ['hedging', 3],
      flagPhrases: [{ phrase: '', category: 'rude' }],
      profile: { company: 5, currency: 'euro', nickname: 'Stat' },
      templates: [
        template('a'),
        template('b'),
        { ...template('c'), stage: 'later' },
        { id: 'd', name: 'Only a name', lang: 'de' },
        'a template',
        template('a'),
        { ...template('e'), shortcut: 'two words', builtIn: 'yes' },
      ],
      templtes: [],
    });
    expect(importSettings(bad, full)).toEqual({
      ok: false,
      errors: [
        'presendCheck: expected one of off, warn, got "sometimes"',
        'disabledRules[1]: expected text, got 3',
        'flagPhrases[0].phrase: must not be empty',
        'flagPhrases[0].category: expected one of aggressive, vague, got "rude"',
        'profile.company: expected text, got 5',
        'profile.currency: expected a 3-letter ISO 4217 currency code such as EUR, got "euro"',
        'templates[2].stage: expected one of upcoming, due, overdue, firm, final, correction, got "later"',
        'templates[3].lang: expected one of en, fr, got "de"',
        'templates[3].stage: missing',
        'templates[3].subject: missing',
        'templates[3].body: missing',
        'templates[4]: expected an object, got "a template"',
        'templates[6].shortcut: expected one word without spaces, got "two words"',
        'templates[6].builtIn: expected true or false, got "yes"',
        'templates[5].id: same id as templates[0] ("a")',
        'templtes: not a Tactful setting',
        'profile.nickname: not a field of the profile',
      ],
    });
  });

  it('reports wrong types for whole settings', () => {
    expect(
      importSettings(file({ templates: { a: 1 }, profile: [], allowPhrases: 'ASAP', uiLanguage: null })),
    ).toEqual({
      ok: false,
      errors: [
        'allowPhrases: expected a list, got "ASAP"',
        'uiLanguage: expected one of auto, en, fr, got null',
        'profile: expected an object, got a list',
        'templates: expected a list, got an object',
      ],
    });
  });

  it('says when the file is not valid JSON', () => {
    const parseError = (text: string) => {
      try {
        JSON.parse(text);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('parsed');
    };
    const broken = '{"format": "tactful-settings", "version": 1, templates: []}';
    expect(importSettings(broken)).toEqual({ ok: false, errors: [`not valid JSON (${parseError(broken)})`] });
    expect(importSettings('')).toEqual({
      ok: false,
      errors: ['not valid JSON (Unexpected end of JSON input)'],
    });
  });

  it('says when the file is not a Tactful settings file', () => {
    const notOurs = {
      ok: false,
      errors: ['not a Tactful settings file (it has no "format": "tactful-settings")'],
    };
    expect(importSettings('[1, 2]')).toEqual(notOurs);
    expect(importSettings('"settings"')).toEqual(notOurs);
    expect(importSettings('null')).toEqual(notOurs);
    expect(importSettings(JSON.stringify({ name: 'tactful', version: '0.1.0' }))).toEqual(notOurs);
    expect(importSettings(JSON.stringify({ version: 1, ...full }))).toEqual(notOurs);
  });

  it('checks the version', () => {
    expect(importSettings('{"format": "tactful-settings"}')).toEqual({
      ok: false,
      errors: ['version: missing'],
    });
    expect(importSettings('{"format": "tactful-settings", "version": "1"}')).toEqual({
      ok: false,
      errors: ['version: expected a whole number, got "1"'],
    });
  });

  it('says when the file has no settings', () => {
    expect(importSettings(file({}))).toEqual({ ok: false, errors: ['no settings in this file'] });
  });

  it('reads a file from a newer version, skipping the settings it does not know', () => {
    const newer = JSON.stringify({
      format: 'tactful-settings',
      version: 2,
      tone: 'warm',
      templates: [template('t')],
    });
    expect(importSettings(newer)).toEqual({
      ok: true,
      imported: ['templates'],
      settings: { ...DEFAULT_SETTINGS, templates: [template('t')] },
    });
  });

  it('accepts a byte order mark', () => {
    expect(importSettings(`\uFEFF${file({ uiLanguage: 'en' })}`)).toMatchObject({
      ok: true,
      imported: ['uiLanguage'],
    });
  });
});
