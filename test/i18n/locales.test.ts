import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; description?: string }>;

const localesDir = new URL('../../public/_locales/', import.meta.url);
const locales = readdirSync(localesDir).sort();
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, localesDir), 'utf8'));
const en = read('en');

describe('locales', () => {
  it('has English and French', () => {
    expect(locales).toEqual(['en', 'fr']);
  });

  it.each(locales)('%s has exactly the English keys, each with a non-empty message', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('describes every English message for translators', () => {
    for (const [key, { description }] of Object.entries(en)) expect(description, key).toBeTruthy();
  });

  it.each(locales)('%s fits the store limits', (locale) => {
    const messages = read(locale);
    expect(messages.extName?.message.length).toBeLessThanOrEqual(45);
    expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('rule descriptions', () => {
  it('translates every rule of the analyzer', async () => {
    const { CONSISTENCY_RULES, RULES } = await import('../../src/analyzer/index');
    for (const id of [...RULES, ...CONSISTENCY_RULES].map((r) => r.id)) {
      expect(en[`rule_${id.replace(/-/g, '_')}`], id).toBeTruthy();
    }
  });
});
