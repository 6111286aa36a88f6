import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import { builtinTemplate, renderTemplate, type Template } from '../../src/templates/index';
import { TODAY } from './fixtures';

const tpl = (body: string, lang: Template['lang'] = 'en', subject = 'Reminder'): Template => ({
  id: 'test',
  name: 'Test',
  lang,
  stage: 'overdue',
  subject,
  body,
});

// Intl separates French thousands with a narrow no-break space and puts a no-break space before the symbol.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('renderTemplate: Intl formatting', () => {
  it('formats amounts as currency for the template language', () => {
    const body = '{amount}';
    expect(renderTemplate(tpl(body, 'fr'), { amount: 1250, currency: 'EUR' }).body).toBe(
      `1${NNBSP}250,00${NBSP}€`,
    );
    expect(renderTemplate(tpl(body, 'en'), { amount: 1250, currency: 'EUR' }).body).toBe('€1,250.00');
    expect(renderTemplate(tpl(body, 'en'), { amount: 2350.5, currency: 'usd' }).body).toBe('$2,350.50');
    expect(renderTemplate(tpl(body, 'fr'), { amount: 4780.4, currency: 'CHF' }).body).toBe(
      `4${NNBSP}780,40${NBSP}CHF`,
    );
    expect(renderTemplate(tpl(body, 'en'), { amount: 1250, currency: 'JPY' }).body).toBe('¥1,250');
  });

  it('formats dates in words, in UTC, whatever the time zone', () => {
    const body = '{dueDate} / {deadline}';
    const values = { dueDate: '2025-01-01', deadline: '2025-12-31' };
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz;
        expect(renderTemplate(tpl(body, 'en'), values).body).toBe('January 1, 2025 / December 31, 2025');
        expect(renderTemplate(tpl(body, 'fr'), values).body).toBe('1 janvier 2025 / 31 décembre 2025');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('counts the days overdue from the due date to today, with the unit in the right number', () => {
    const body = '{daysOverdue}';
    const today = new Date(2025, 4, 20, 23, 30);
    expect(renderTemplate(tpl(body), { dueDate: '2025-05-12' }, { today }).body).toBe('8 days');
    expect(renderTemplate(tpl(body), { dueDate: '2025-05-19' }, { today }).body).toBe('1 day');
    expect(renderTemplate(tpl(body, 'fr'), { dueDate: '2025-05-19' }, { today }).body).toBe('1 jour');
    expect(renderTemplate(tpl(body, 'fr'), { dueDate: '2025-05-12' }, { today }).body).toBe('8 jours');
    expect(renderTemplate(tpl(body, 'en'), { dueDate: '2024-05-20' }, { today }).body).toBe('365 days');
    // Not late yet (or no due date): nothing to count, the placeholder stays.
    const notLate = renderTemplate(tpl(body), { dueDate: '2025-05-20' }, { today });
    expect(notLate).toMatchObject({ body: '[days overdue]', unfilled: ['daysOverdue'] });
  });

  it('inserts text values trimmed and as they are, never reading them as placeholders', () => {
    const email = renderTemplate(tpl('{client}: {terms}. {paymentInstructions}'), {
      client: '  Aisha  ',
      terms: 'net 30 {amount}.',
      paymentInstructions: 'pay.example.com/{invoice}',
    });
    expect(email.body).toBe('Aisha: net 30 {amount}. pay.example.com/{invoice}');
    expect(email.unfilled).toEqual([]);
  });

  it('leaves unknown placeholders untouched (validateTemplate reports them)', () => {
    expect(renderTemplate(tpl('{foo} {client}'), { client: 'Aisha' }).body).toBe('{foo} Aisha');
  });
});

describe('renderTemplate: missing values', () => {
  it('leaves a visible [label] in the language of the template and lists what is unfilled, in order', () => {
    const en = renderTemplate(builtinTemplate('overdue', 'en'), {
      client: 'Aisha',
      amount: 90,
      currency: 'USD',
    });
    expect(en.subject).toBe('Friendly reminder: invoice [invoice number] for $90.00');
    expect(en.body).toContain('[due date]');
    expect(en.body).toContain('[how to pay]');
    expect(en.body).toContain('[your name]\n[company]');
    expect(en.unfilled).toEqual([
      'invoice',
      'dueDate',
      'daysOverdue',
      'paymentInstructions',
      'sender',
      'company',
    ]);

    const fr = renderTemplate(builtinTemplate('firm', 'fr'), {});
    for (const label of [
      '[montant]',
      '[numéro de facture]',
      '[date d’échéance]',
      '[date]',
      '[moyen de paiement]',
    ])
      expect(`${fr.subject}\n${fr.body}`).toContain(label);
    expect(fr.unfilled).toEqual([
      'client',
      'amount',
      'invoice',
      'dueDate',
      'daysOverdue',
      'deadline',
      'terms',
      'paymentInstructions',
      'sender',
      'company',
    ]);
  });

  it('treats empty text, a date that is not yyyy-mm-dd and a non-finite amount as missing', () => {
    const email = renderTemplate(tpl('{client}|{dueDate}|{deadline}|{amount}'), {
      client: '   ',
      dueDate: '2025-02-30',
      deadline: '3 June',
      amount: Number.NaN,
      currency: 'EUR',
    });
    expect(email.body).toBe('[client name]|[due date]|[date]|[amount]');
    expect(email.unfilled).toEqual(['client', 'amount', 'dueDate', 'deadline']);
  });

  it('keeps the number of an amount with no valid currency, marks the currency and lists the amount', () => {
    const none = renderTemplate(tpl('{amount}', 'en'), { amount: 1250.5 });
    expect(none).toMatchObject({ body: '1,250.50 [currency]', unfilled: ['amount'] });
    const bad = renderTemplate(tpl('{amount}', 'fr'), { amount: 1250.5, currency: 'EURO' });
    expect(bad).toMatchObject({ body: `1${NNBSP}250,50 [devise]`, unfilled: ['amount'] });
  });

  it('leaves placeholders the analyzer flags, so an unfilled draft is never taken for a finished one', () => {
    const email = renderTemplate(builtinTemplate('due', 'en'), { client: 'Aisha' }, { today: TODAY });
    const report = analyze(`${email.subject}\n\n${email.body}`, { stage: 'due', lang: 'en', today: TODAY });
    expect(report.findings.filter((f) => f.rule === 'placeholder').map((f) => f.text)).toContain('[amount]');
  });
});
