import { describe, expect, it } from 'vitest';
import { analyze, LANGS, STAGES } from '../../src/analyzer/index';
import {
  BUILTIN_TEMPLATES,
  builtinTemplate,
  findTemplate,
  renderTemplate,
  validateTemplate,
} from '../../src/templates/index';
import { DUE_FOR_STAGE, TODAY, VALUE_SETS } from './fixtures';

const cases = BUILTIN_TEMPLATES.flatMap((template) =>
  VALUE_SETS[template.lang].map((values, i) => ({
    name: `${template.id} with ${template.lang} values #${i + 1}`,
    template,
    values: { ...values, dueDate: DUE_FOR_STAGE[template.stage] },
  })),
);

describe('built-in templates', () => {
  it('cover every stage in English and French, with unique ids and a shortcut named after the stage', () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(STAGES.length * LANGS.length);
    for (const lang of LANGS)
      for (const stage of STAGES) {
        const t = builtinTemplate(stage, lang);
        expect(t).toMatchObject({ id: `${lang}-${stage}`, stage, lang, shortcut: stage, builtIn: true });
        expect(t.name.trim()).not.toBe('');
      }
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });

  it('are valid and use the placeholders for the facts a client needs and the signature', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(validateTemplate(t)).toEqual([]);
      const text = `${t.subject}\n${t.body}`;
      for (const p of ['client', 'amount', 'invoice', 'dueDate', 'paymentInstructions', 'sender', 'company'])
        expect(text).toContain(`{${p}}`);
      expect(t.body.trimEnd().endsWith('{sender}\n{company}')).toBe(true);
    }
  });

  it('ask for a reply by {deadline} from firm on, and the final notice refers to the {terms}', () => {
    for (const t of BUILTIN_TEMPLATES.filter((x) => ['firm', 'final', 'correction'].includes(x.stage)))
      expect(t.body).toContain('{deadline}');
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.stage === 'final' || x.stage === 'firm'))
      expect(t.body).toContain('{terms}');
  });

  it.each(cases)('$name: nothing aggressive or vague, nothing missing', ({ template, values }) => {
    const email = renderTemplate(template, values, { today: TODAY });
    expect(email.unfilled).toEqual([]);
    const report = analyze(`${email.subject}\n\n${email.body}`, {
      stage: template.stage,
      lang: template.lang,
      today: TODAY,
    });
    const flagged = report.findings
      .filter((f) => f.category === 'aggressive' || f.category === 'vague')
      .map((f) => `${f.category} ${f.rule}: "${f.text}"`);
    expect(flagged).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it.each(cases)(
    '$name: reads as its stage (the analyzer infers it from the text)',
    ({ template, values }) => {
      const email = renderTemplate(template, values, { today: TODAY });
      const report = analyze(`${email.subject}\n\n${email.body}`, { lang: template.lang, today: TODAY });
      expect(report.stage).toBe(template.stage);
    },
  );

  it('write French with vouvoiement', () => {
    for (const t of BUILTIN_TEMPLATES.filter((x) => x.lang === 'fr')) {
      const text = `${t.subject}\n${t.body}`;
      expect(text).toMatch(/\bvous\b/);
      expect(text).not.toMatch(/\b(tu|te|toi|ton|ta|tes)\b/i);
    }
  });

  it('correction: own the mistake and offer the next invoice or a separate one, never not paying', () => {
    const notPaying =
      /\bskip\b|\bforget\b|no need to pay|don['’]t (need|have) to pay|\bignore\b|\bdisregard\b|\bwaive|write (it )?off|free of charge|on the house|pas besoin de (payer|régler)|laisser tomber|\boubli(er|ez)\b|ne pas (payer|régler)|renonc|\bannul|gratuit|ne tenez pas compte/i;
    for (const lang of LANGS) {
      const t = builtinTemplate('correction', lang);
      for (const values of VALUE_SETS[lang]) {
        const { subject, body } = renderTemplate(t, { ...values, dueDate: '2025-06-19' }, { today: TODAY });
        expect(`${subject}\n${body}`).not.toMatch(notPaying);
      }
    }
    expect(builtinTemplate('correction', 'en').body).toMatch(/the mistake is ours/i);
    expect(builtinTemplate('correction', 'en').body).toMatch(/next invoice[\s\S]*separate invoice/);
    expect(builtinTemplate('correction', 'fr').body).toMatch(/l’erreur vient de nous/i);
    expect(builtinTemplate('correction', 'fr').body).toMatch(/prochaine facture[\s\S]*facture distincte/);
  });

  it('are found by id, or by shortcut in a language', () => {
    expect(findTemplate('fr-final')?.id).toBe('fr-final');
    expect(findTemplate('final')?.id).toBe('en-final');
    expect(findTemplate('final', 'fr')?.id).toBe('fr-final');
    expect(findTemplate('fr-final', 'en')).toBeUndefined();
    expect(findTemplate('nope')).toBeUndefined();
  });
});
