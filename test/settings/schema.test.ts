import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyzer/index';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  effectiveDisabledRules,
  migrate,
  rulesOffFor,
  SETTINGS_VERSION,
  type Settings,
  sanitizeSettings,
} from '../../src/settings/schema';
import { template } from './helpers';

describe('defaults', () => {
  it('are the documented values', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      presendCheck: 'warn',
      disabledRules: [],
      allowPhrases: [],
      flagPhrases: [],
      sensitivity: 'standard',
      uiLanguage: 'auto',
      profile: {
        company: '',
        sender: '',
        signature: '',
        currency: 'EUR',
        terms: '',
        paymentInstructions: '',
      },
      templates: [],
    } satisfies Settings);
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('are frozen, and defaultSettings() gives a fresh copy to change', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.templates)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.profile)).toBe(true);
    const copy = defaultSettings();
    copy.templates.push(template('a'));
    copy.profile.company = 'Statbird';
    expect(DEFAULT_SETTINGS.templates).toEqual([]);
    expect(DEFAULT_SETTINGS.profile.company).toBe('');
  });

  it('fill in for nothing at all', () => {
    for (const raw of [undefined, null, 42, 'settings', [], {}])
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sensitivity', () => {
  it('gentle switches off the vague-wording rules; standard and strict switch nothing off', () => {
    expect(rulesOffFor('gentle')).toEqual(['hedging', 'vague-cta', 'vague-time', 'vague-reference']);
    expect(rulesOffFor('standard')).toEqual([]);
    expect(rulesOffFor('strict')).toEqual([]);
  });

  it('only names rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const s of ['gentle', 'standard', 'strict'] as const) {
      for (const id of rulesOffFor(s)) expect(ids).toContain(id);
    }
  });

  it('adds to the rules the user switched off', () => {
    expect(effectiveDisabledRules({ sensitivity: 'gentle', disabledRules: ['threat', 'hedging'] })).toEqual([
      'threat',
      'hedging',
      'vague-cta',
      'vague-time',
      'vague-reference',
    ]);
    expect(effectiveDisabledRules({ sensitivity: 'strict', disabledRules: ['threat'] })).toEqual(['threat']);
  });

  it('returns a copy each time', () => {
    rulesOffFor('gentle').push('threat');
    expect(rulesOffFor('gentle')).not.toContain('threat');
  });
});

describe('migrate', () => {
  it('takes the unversioned first shape (version 0) to version 1, keeping its three fields', () => {
    const v0 = { presendCheck: 'off', disabledRules: ['hedging'], allowPhrases: ['ASAP'] };
    expect(migrate(v0)).toEqual({
      ...DEFAULT_SETTINGS,
      presendCheck: 'off',
      disabledRules: ['hedging'],
      allowPhrases: ['ASAP'],
    });
  });

  it('reads a version-1 record as it is', () => {
    const v1: Settings = {
      presendCheck: 'off',
      disabledRules: ['threat'],
      allowPhrases: ['kindly'],
      flagPhrases: [{ phrase: 'final warning', category: 'aggressive' }],
      sensitivity: 'gentle',
      uiLanguage: 'fr',
      profile: {
        company: 'Statbird',
        sender: 'Ada',
        signature: 'Ada, Statbird',
        currency: 'USD',
        terms: 'Net 30',
        paymentInstructions: 'app.statbird.io/billing',
      },
      templates: [template('a'), template('b', { shortcut: 'final', lang: 'fr', stage: 'final' })],
    };
    expect(migrate({ version: 1, ...v1 })).toEqual(v1);
  });

  it('keeps what it can read from a newer version and drops what it does not know', () => {
    expect(
      migrate({
        version: 7,
        presendCheck: 'off',
        sensitivity: 'paranoid',
        tone: 'cheerful',
        templates: [template('a')],
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, presendCheck: 'off', templates: [template('a')] });
  });

  it('treats an unreadable version as the first one', () => {
    expect(migrate({ version: 'one', allowPhrases: ['ASAP'] })).toEqual({
      ...DEFAULT_SETTINGS,
      allowPhrases: ['ASAP'],
    });
    expect(migrate({ version: -1, allowPhrases: ['ASAP'] }).allowPhrases).toEqual(['ASAP']);
  });
});

describe('corrupted settings', () => {
  it('fall back to the defaults field by field', () => {
    const raw = {
      version: 1,
      presendCheck: 'sometimes',
      disabledRules: 'hedging',
      allowPhrases: ['ASAP', 3, null, '', 'ASAP', 'kindly'],
      flagPhrases: [
        { phrase: 'or else', category: 'aggressive' },
        { phrase: 'soonish', category: 'rude' },
        'x',
      ],
      sensitivity: null,
      uiLanguage: 'de',
      profile: { company: 'Statbird', sender: 42, currency: 'euro', terms: ['Net 30'] },
      templates: 'none',
    };
    expect(sanitizeSettings(raw)).toEqual({
      ...DEFAULT_SETTINGS,
      allowPhrases: ['ASAP', 'kindly'],
      flagPhrases: [{ phrase: 'or else', category: 'aggressive' }],
      profile: { ...DEFAULT_SETTINGS.profile, company: 'Statbird' },
    });
  });

  it('keep every template that can still be read, in order, and drop only the broken ones', () => {
    const raw = {
      version: 1,
      templates: [
        template('first'),
        { ...template('bad-stage'), stage: 'later' },
        null,
        'a template',
        { ...template('no-body'), body: undefined },
        { ...template('bad-lang'), lang: 'de' },
        { ...template(''), name: 'no id' },
        template('second', { shortcut: 'final', builtIn: false }),
        { ...template('bad-shortcut'), shortcut: 'two words' },
        { ...template('bad-flag'), shortcut: 'ok', builtIn: 'yes', body: 7 },
        { ...template('bad-built-in'), shortcut: 'k', builtIn: 'yes' },
        template('first', { name: 'a duplicate id' }),
        { ...template('extra'), colour: 'blue' },
      ],
    };
    const { templates } = migrate(raw);
    expect(templates).toEqual([
      template('first'),
      template('second', { shortcut: 'final', builtIn: false }),
      template('bad-shortcut'), // kept without its unreadable shortcut
      template('bad-built-in', { shortcut: 'k' }),
      template('extra'), // unknown fields dropped
    ]);
  });

  it('normalise a lower-case currency code', () => {
    expect(sanitizeSettings({ profile: { currency: ' usd ' } }).profile.currency).toBe('USD');
  });
});
