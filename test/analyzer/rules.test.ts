import { describe, expect, it } from 'vitest';
import { type AnalyzeOptions, analyze as analyzeWithModel, type Stage } from '../../src/analyzer/index';

// These tests are about the phrase rules and fact finders themselves: the learned model is left out.
const analyze = (text: string, options: AnalyzeOptions = {}) =>
  analyzeWithModel(text, { model: null, ...options });

interface Case {
  text: string;
  stage?: Stage;
  /** The text a finding of this rule must cover (omit for a near miss that must not be flagged). */
  flags?: string;
}

// Each rule: sentences it must catch and near misses it must leave alone.
const CASES: Record<string, { hits: Case[]; misses: Case[] }> = {
  threat: {
    hits: [
      {
        text: 'If this is not paid by Monday we will pass the account to a debt collection agency.',
        flags: 'debt collection agency',
      },
      { text: 'Otherwise I will have to take legal action.', flags: 'legal action' },
      { text: 'Pay this week or else.', flags: 'or else' },
      { text: 'Pay by Friday or I will sue you for it.', flags: 'sue you' },
      { text: 'This is your last chance to pay invoice 12 for $300.', flags: 'last chance' },
      { text: 'Sans règlement, nous saisirons le tribunal de commerce.', flags: 'tribunal' },
      { text: 'Votre employeur recevra un avis de saisie sur salaire.', flags: 'saisie sur salaire' },
      { text: 'Sinon ce sera notre avocat qui vous écrira.', flags: 'notre avocat' },
      { text: 'Your service will be suspended.', stage: 'final', flags: 'suspended' },
      {
        text: 'Merci de régler la facture 12 de 300 € cette semaine, sinon je coupe le site.',
        flags: 'sinon',
      },
    ],
    misses: [
      // "Sinon," opening a sentence means "alternatively"; "couper en deux" splits a payment.
      { text: 'Sinon, voici le lien PayPal : paypal.me/atelierlumen/300.' },
      { text: 'On peut couper en deux versements de 150 € si ça t’arrange.' },
      // Another way to pay, or letting it go, after "sinon"; "Sue" signing off is a name.
      { text: 'Tu peux faire un virement, sinon voici le lien Lydia : lydia.me/paul.' },
      { text: 'Le reste en mars, sinon pas grave, on s’arrange.' },
      { text: 'Thanks so much, Sue' },
      { text: 'This communication is from a debt collector.' },
      { text: 'Thank you for signing your lasting power of attorney last week.' },
      { text: 'Under clause 9 your service will be suspended on 8 August 2025 if unpaid.', stage: 'final' },
      { text: 'We rent a unit at 4 Elm Court.' },
      { text: 'Thank you for your courtesy.' },
      // A lawyer signing their own bill, a typing error, another way to pay, reassurance, trade documents.
      { text: 'Faure Avocats, 30 quai Saint-Antoine, 69002 Lyon' },
      { text: 'Avocate, 5 rue de la Poste, 06000 Nice' },
      { text: 'Greaves & Lowe Solicitors' },
      { text: 'Suite à une erreur de saisie de notre part, le montant était faux.' },
      { text: 'Sinon, mon IBAN : BE43 0689 9999 9501.' },
      { text: 'Tu peux payer en espèces, sinon par virement sur BE07 7360 4411 9066.' },
      { text: 'Your payment has arrived, so no further action is needed.' },
      { text: 'Lien waivers for this period are attached.' },
      { text: 'Your date is locked in and the band is booked.' },
      { text: 'Le procès-verbal de réception a été signé le 3 mars.' },
    ],
  },
  intimidation: {
    hits: [
      { text: "Don't test me.", stage: 'final', flags: "Don't test me" },
      { text: "You'll regret ignoring this.", stage: 'final', flags: "You'll regret" },
      { text: 'Paie ou je te jure que tu vas le regretter.', stage: 'final', flags: 'je te jure' },
    ],
    misses: [
      { text: 'We will make sure your next order ships on time.' },
      { text: 'If you enjoyed working with us, you can leave a review on our website.' },
    ],
  },
  blame: {
    hits: [
      { text: "You still haven't paid invoice 12.", flags: "You still haven't paid" },
      { text: 'You never replied to my emails.', flags: 'You never replied' },
      { text: "You've ignored every reminder.", flags: "You've ignored" },
      { text: "Vous n'avez toujours pas réglé la facture.", flags: "Vous n'avez toujours pas" },
    ],
    misses: [
      { text: "If you didn't receive the invoice, let me know and I'll resend it." },
      { text: 'Please ignore this message if you have already paid.' },
    ],
  },
  shouting: {
    hits: [
      { text: 'This is OVERDUE.', flags: 'OVERDUE' },
      { text: 'Hi Tom, PAYMENT IS OVERDUE.', flags: 'PAYMENT IS OVERDUE' },
      { text: 'DO NOT ignore this.', flags: 'DO NOT' },
      { text: 'Why has nobody answered?!', flags: '?!' },
    ],
    misses: [
      // A letterhead or a legal heading set in capitals.
      { text: 'BRUSHY CREEK MEADOWS HOMEOWNERS ASSOCIATION' },
      { text: 'WITHOUT PREJUDICE SAVE AS TO COSTS' },

      { text: 'Invoice INV-2291 (USD 400, VAT incl.) is attached as a PDF; BIC AGRIFRPP, IBAN FR76 3000.' },
      { text: 'Please pay by ACH or SEPA transfer to ACME LLC.' },
      // Surnames in capitals, a table's column labels, a firm's legal form.
      { text: 'Dear John SMITH, thank you.' },
      { text: 'Virement de M. DUPONT Jean-Marc bien reçu.' },
      { text: 'DOCUMENT      DATE         DUE          AMOUNT' },
      { text: 'SELARL Marceau Avocats' },
    ],
  },
  contempt: {
    hits: [
      { text: 'Frankly this is ridiculous.', flags: 'this is ridiculous' },
      { text: "C'est scandaleux.", flags: 'scandaleux' },
      { text: 'My patience is wearing thin.', flags: 'My patience is wearing thin' },
    ],
    misses: [{ text: 'We understand that delays happen.' }],
  },
  sarcasm: {
    hits: [
      { text: 'Per my previous email, the invoice is attached.', flags: 'Per my previous email' },
      { text: "I'm sure you're aware that the payment is late.", flags: "I'm sure you're aware" },
      { text: 'Comme je vous l’ai déjà dit, la facture est échue.', flags: 'Comme je vous l’ai déjà dit' },
      { text: 'How hard is it to pay one invoice?', flags: 'How hard is it to pay one invoice?' },
    ],
    misses: [
      { text: 'As you may know, our bank details changed in May.' },
      { text: 'Thanks as always for your business.' },
    ],
  },
  commanding: {
    hits: [
      { text: 'Pay immediately.', flags: 'Pay immediately' },
      { text: 'I expect payment within 48 hours.', flags: 'within 48 hours' },
      { text: 'Réglez la facture immédiatement.', flags: 'Réglez la facture immédiatement' },
    ],
    misses: [
      { text: 'Your access is restored as soon as the payment arrives, usually within a few minutes.' },
      { text: 'I expect this has simply been caught in year-end processing.' },
    ],
  },
  guilt: {
    hits: [{ text: "I'm begging you to pay.", flags: "I'm begging" }],
    misses: [{ text: 'I trust this finds you well.' }],
  },
  'pointed-question': {
    hits: [
      { text: 'Did you even read my last email?', flags: 'Did you even read my last email?' },
      { text: "Why haven't you paid invoice 12?", flags: "Why haven't you paid invoice 12?" },
      {
        text: 'Vous pensez vraiment que nous allons attendre ?',
        flags: 'Vous pensez vraiment que nous allons attendre ?',
      },
    ],
    misses: [
      { text: 'Could you confirm by Friday 7 March 2025 when you expect to pay?' },
      { text: 'Is anything holding up the payment on your side?' },
      { text: 'Pourriez-vous nous indiquer la date du règlement ?' },
      { text: 'Think your account is due about now?' },
    ],
  },
  'vague-time': {
    hits: [
      { text: 'Please pay soon.', flags: 'soon' },
      { text: 'Could you pay by Friday?', flags: 'by Friday' },
      { text: 'Merci de régler dès que possible.', flags: 'dès que possible' },
    ],
    misses: [
      { text: 'Could you pay by Friday 28 February 2025?' },
      { text: 'Hope to hear from you soon.' },
      { text: 'Our office is closed on Monday for the holiday.' },
    ],
  },
  'vague-reference': {
    hits: [
      { text: 'Please settle the balance.', flags: 'the balance' },
      { text: 'Merci de régler le solde.', flags: 'le solde' },
    ],
    misses: [{ text: 'Please settle the balance of $240 on invoice 19.' }],
  },
  hedging: {
    hits: [
      { text: 'Could you maybe send it?', flags: 'maybe' },
      { text: 'No rush at all.', flags: 'No rush at all' },
      { text: 'Serait-il éventuellement possible de payer ?', flags: 'éventuellement' },
    ],
    misses: [
      { text: 'What kind of payment plan would suit you?' },
      { text: 'Le règlement peut être effectué par virement.' },
    ],
  },
  placeholder: {
    hits: [{ text: 'Could you pay by [date]?', flags: '[date]' }],
    misses: [
      // A button as a plain-text email shows it is not a blank to fill in.
      { text: '[ Pay now ]' },
      { text: '[Payer en ligne]' },
      { text: 'Invoice (ref. 12) is attached.' },
    ],
  },
  'vague-cta': {
    hits: [{ text: 'Let me know when you can.', flags: 'Let me know when you can' }],
    misses: [{ text: 'If anything is holding it up, just reply and let me know.' }],
  },
};

describe.each(Object.entries(CASES))('rule %s', (rule, { hits, misses }) => {
  it.each(hits)('flags "$flags" in: $text', ({ text, stage, flags }) => {
    const found = analyze(text, { stage: stage ?? 'overdue' }).findings.filter((f) => f.rule === rule);
    const want = text.indexOf(flags ?? '');
    expect(want).toBeGreaterThanOrEqual(0);
    expect(found.some((f) => f.start <= want && f.end >= want + (flags?.length ?? 0))).toBe(true);
  });
  it.each(misses)('leaves alone: $text', ({ text, stage }) => {
    expect(analyze(text, { stage: stage ?? 'overdue' }).findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe('stages', () => {
  const consequence =
    'Under clause 9.2, hosting will be suspended on 30 June 2025 if the invoice remains unpaid.';
  it('flags a dated consequence in a first reminder but not in a final notice', () => {
    expect(analyze(consequence, { stage: 'overdue' }).findings.map((f) => f.rule)).toContain('threat');
    expect(analyze(consequence, { stage: 'final' }).findings.map((f) => f.rule)).not.toContain('threat');
  });
  it('infers the stage from the text, else uses overdue', () => {
    expect(analyze('Final notice: invoice 5 for $40 is unpaid.').stage).toBe('final');
    expect(analyze('We undercharged you on invoice 6620 by $1,320.00.').stage).toBe('correction');
    expect(analyze('Invoice 5 for $40 is now 30 days overdue.').stage).toBe('firm');
    expect(analyze('Invoice 5 for $40 is due today.').stage).toBe('due');
    expect(analyze('Hello Sam, thanks for the call.')).toMatchObject({
      stage: 'overdue',
      stageSource: 'default',
    });
  });
  it('detects French, tutoiement and vouvoiement alike', () => {
    expect(analyze('Salut Max, tu me dois toujours l’argent pour le site.').lang).toBe('fr');
    expect(analyze('Bonjour Madame, la facture n° 12 de 40 € reste impayée.').lang).toBe('fr');
    expect(analyze('Hi Max, you still owe me for the website.').lang).toBe('en');
  });
});

describe('user settings', () => {
  const text = "You still haven't paid. Please pay soon.";
  it('turns a rule off by id', () => {
    expect(analyze(text, { disabledRules: ['blame'] }).findings.map((f) => f.rule)).not.toContain('blame');
  });
  it('allows a phrase and flags a custom one', () => {
    const r = analyze(text, { allow: ['soon'], flag: [{ phrase: 'please pay', category: 'vague' }] });
    expect(r.findings.map((f) => f.text)).not.toContain('soon');
    expect(r.findings.find((f) => f.rule === 'custom-vague')?.text).toBe('Please pay');
  });
});

describe('suggestions', () => {
  it('offers ready-to-apply wording that keeps the sentence case', () => {
    const f = analyze('Per my last email, invoice 4 for $90 is open.').findings.find(
      (x) => x.rule === 'sarcasm',
    );
    expect(f?.suggestions[0]).toBe('Following up on my earlier message');
    const s = analyze('It is due TODAY.').findings.find((x) => x.rule === 'shouting');
    expect(s?.suggestions).toEqual(['today']);
  });
  it('uses [placeholders] where the user must fill in a value', () => {
    const f = analyze('Please pay soon.').findings.find((x) => x.rule === 'vague-time');
    expect(f?.suggestions).toContain('by [date]');
  });
});

describe('suggestions never delete facts', () => {
  it('drops a replacement that would remove the amount or invoice number inside the flagged words', () => {
    const f = analyze("You still haven't paid invoice 12 for $400.").findings.find((x) => x.rule === 'blame');
    expect(f?.text).toContain('$400');
    expect(f?.suggestions).toEqual([]);
  });
});
