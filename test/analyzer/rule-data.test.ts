import { describe, expect, it } from 'vitest';
import { CONSISTENCY_RULES, LANGS, RULES } from '../../src/analyzer/index';
import { compilePhrases } from '../../src/analyzer/text/pattern';

describe('rule data', () => {
  it('has unique rule ids', () => {
    const ids = [...RULES.map((r) => r.id), ...CONSISTENCY_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s: describes itself and explains in both languages',
    (_id, rule) => {
      expect(rule.description.length).toBeGreaterThan(10);
      for (const lang of LANGS) expect(rule.message[lang].length).toBeGreaterThan(10);
      expect(rule.phrases || rule.find).toBeTruthy();
    },
  );

  it.each(RULES.filter((r) => r.phrases).map((r) => [r.id, r] as const))(
    '%s: every phrase compiles, none is listed twice, none matches the empty string',
    (_id, rule) => {
      for (const lang of LANGS) {
        const list = rule.phrases?.[lang] ?? [];
        expect(list.length).toBeGreaterThan(0);
        const sources = list.map((p) => p.match);
        expect(new Set(sources).size).toBe(sources.length);
        for (const source of sources) {
          const { regex } = compilePhrases([source]);
          expect(regex.test(''), source).toBe(false);
        }
      }
    },
  );
});
