import { describe, expect, it } from 'vitest';
import { type AnalyzeOptions, analyze as analyzeWithModel } from '../../src/analyzer/index';

// These tests are about the fact finders themselves: the learned model is left out.
const analyze = (text: string, options: AnalyzeOptions = {}) =>
  analyzeWithModel(text, { model: null, ...options });

const today = new Date(2026, 10, 25, 12);
const values = (
  text: string,
  kind: 'amount' | 'invoice' | 'dueDate' | 'paymentInstructions' | 'deadline' | 'contact',
) => analyze(text, { today }).facts[kind].map((f) => f.value);

describe('amount', () => {
  it.each([
    ['The total is $1,250.00.', '1250.00 USD'],
    ['Le total est de €2,100.', '2100.00 EUR'],
    ['Montant : 1 250,00 € TTC.', '1250.00 EUR'],
    ['Montant : 1 250,00 € TTC.', '1250.00 EUR'],
    ['Montant : 1.250,00 €.', '1250.00 EUR'],
    ['Montant : CHF 900.– net.', '900.00 CHF'],
    ['Total USD 7,200 due.', '7200.00 USD'],
    ['Balance of £850 remains.', '850.00 GBP'],
    ['Il reste 95 euros.', '95.00 EUR'],
    ['Cotisation : Fr. 180.–, facture 2026-044.', '180.00 CHF'],
    ['Invoice FD-4 for AED 12,000 is due.', '12000.00 AED'],
    ['Pending: Rs. 3,80,000 for the bills.', '380000.00 INR'],
    ['Invoice INV-7741 for R 8 625,00 is due today.', '8625.00 ZAR'],
  ])('reads %s', (text, value) => {
    expect(values(text, 'amount')).toEqual([value]);
  });
  it('ignores numbers that are not money', () => {
    expect(values('We delivered 120 cases; card ending in 4417; sort code 40-11-62.', 'amount')).toEqual([]);
  });
});

describe('invoice reference', () => {
  it.each([
    ['Invoice #0142 is attached.', '0142'],
    ['See invoice 77.', '77'],
    ['Re: INV-7781-EU', 'INV-7781-EU'],
    ['La facture n° 2025-118 est jointe.', '2025-118'],
    ['Facture FA-2025-0042 jointe.', 'FA-2025-0042'],
    ['Please quote reference R-0525.', 'R-0525'],
    ['Your feed bill is $587.25, ticket 10944.', '10944'],
    ["Checking on March's invoice for your two desks, CW-0361.", 'CW-0361'],
    ['Un solde de 65,00 $ (reçu R-55821) est dû.', 'R-55821'],
    ['Ma facture pour les faire-part (2026-088, 268,40 €) est passée entre les mailles.', '2026-088'],
    ['La situation de travaux (F-2025-0712, 5 600 € HT) a 35 jours de retard.', 'F-2025-0712'],
    ['Credit memo CM-1042 was applied by mistake.', 'CM-1042'],
  ])('reads %s', (text, value) => {
    expect(values(text, 'invoice')).toEqual([value]);
  });
  it('does not take a plain "invoice" for a reference', () => {
    expect(
      values('The invoice for the website project is attached; invoice dated 3 March.', 'invoice'),
    ).toEqual([]);
    expect(values('La facture du mois (03/2026) est jointe.', 'invoice')).toEqual([]);
    expect(values('The invoice for the work in week-12 is attached.', 'invoice')).toEqual([]);
  });
});

describe('due date', () => {
  it.each([
    ['Invoice 4 was due on 2 April 2025.', '2025-04-02'],
    ['It falls due on 28 March 2025.', '2025-03-28'],
    ['La facture échue le 5 novembre 2024 reste impayée.', '2024-11-05'],
    ['Elle arrivera à échéance le 15 avril 2025.', '2025-04-15'],
    ['The balance is due today.', 'today'],
    ['It is now 6 days past due.', '6 days late'],
    ['Elle a donc 5 jours de retard.', '5 jours late'],
    ['It is THREE WEEKS past due.', 'three weeks late'],
    ['It was due on the 5th and is still unpaid.', '2026-11-05'],
    ['La facture, échue depuis 6 jours, reste ouverte.', '6 jours late'],
    ["Ça fait 40 jours que j'attends.", '40 jours late'],
    ["Voilà plus d'un mois que la facture attend.", 'un mois late'],
    ['Elle devait être réglée le 15 octobre 2025.', '2025-10-15'],
    ['Les factures, échues respectivement le 30 septembre 2025, restent ouvertes.', '2025-09-30'],
    ["Today's the due date for invoice 10-LB.", 'today'],
    ['The $1,318.40 was due at pickup.', 'today'],
    ['Ma note, payable à 10 jours, soit le 3 mars 2026, reste ouverte.', '2026-03-03'],
    ['Invoice 198, payable within 45 days, i.e. by 19 August 2025, remains unpaid.', '2025-08-19'],
    ['Elle était à payer pour le 31 mars 2026.', '2026-03-31'],
    ["L'acompte, qui devait nous parvenir le 15 janvier 2026, n'est pas arrivé.", '2026-01-15'],
    ['La facture attend d’être réglée, depuis le 15 septembre 2025.', '2025-09-15'],
    ['Elle sera prélevée par domiciliation le 5 mai 2026.', '2026-05-05'],
    ['Échéance initiale : 12 décembre 2025', '2025-12-12'],
    ['La facture 2025-0932 reste ouverte depuis le 15 octobre 2025.', '2025-10-15'],
    ["La facture 25-077 était payable à l'enlèvement.", 'today'],
    ["Osian's lessons (£132, invoice 26-03) were due on the 31st.", '2026-10-31'],
    ['Invoice 77 is now 12 days past its 3 March 2026 due date.', '2026-03-03'],
    ['The deposit was due back on 14 February 2026.', '2026-02-14'],
    ['I have issued invoice 4-B with a due date of 9 June 2026.', '2026-06-09'],
    ['Your Pinewood plan renews on 1 July 2026.', '2026-07-01'],
    ['The card on file was declined on 2 March 2026.', '2026-03-02'],
    ['The copay was due at the time of service.', 'today'],
  ])('reads %s', (text, value) => {
    expect(values(text, 'dueDate')).toEqual([value]);
  });
  it('takes a date without a year in a late email for the last one, not the next one', () => {
    expect(values('Invoice 5 was due on 2 April and is still unpaid.', 'dueDate')).toEqual(['2026-04-02']);
  });
  it.each([
    'Rent is due soon.',
    'Your plan moves to annual billing from October.',
    'Due to the holiday on Monday, our office is closed.',
    'The case study is due from our side next Wednesday.',
    'Please allow 5 days for the transfer to clear.',
    'The new invoice will be payable within 30 days.',
    'My rent is due on the 5th, so this matters.',
    'Merci de régler sous 8 jours, soit le 20 mars 2026.',
    'The 14 May 2026 workshop date is confirmed.',
  ])('is not fooled by: %s', (text) => {
    expect(values(text, 'dueDate')).toEqual([]);
  });
  it('reports the deadline asked for now separately', () => {
    const r = analyze(
      'Invoice 8 was due on 1 May 2025. Could you confirm by 12 May 2025 when it will be paid?',
      { today },
    );
    expect(r.facts.dueDate.map((f) => f.value)).toEqual(['2025-05-01']);
    expect(r.facts.deadline.map((f) => f.value)).toEqual(['2025-05-12']);
  });
});

describe('payment instructions and contact', () => {
  it.each([
    'Pay at pay.northlight.studio/2025-014.',
    'IBAN NL91 ABNA 0417 1643 00, BIC ABNANL2A.',
    'Barclays, sort code 40-11-62, account 71829304.',
    'Pay via PayPal to payments@ravenink.co.',
    "Par chèque à l'ordre du Cabinet Lumière.",
    'Interac e-transfer to billing@maplefix.ca.',
    'Interac : factures@atelierweb.ca',
    'Zelle 864-555-0121.',
    'Pay now',
    'Afficher et payer la facture',
    'Reglez en ligne : https://thermiservices.fr/p/1877',
    'Tu peux passer le payer au comptoir.',
    'RIB Attijariwafa : 007 780 0004512300029874 51.',
    "Sinon mon interac c'est jolainephoto@gmail.com",
    'UPI as usual: nidhi.designs@okicici.',
    'Tu peux me faire un Wero au 07 82 45 19 03.',
    'BPAY Biller Code 287731, Ref 38117006',
    '03-1702-0551982-00, ref 0588.',
    "Par CB à l'accueil ou sur ton espace élève.",
    'Lydia ou virement, t’as mon RIB.',
    '[ View invoice ]  [ Pay now ]',
    '[Payer mon solde]',
    'Venmo Business @haynes-software or ACH per the invoice.',
    'Remit to: Suncoast Commercial Cleaning Inc., 4100 NW 7th St, Miami, FL 33126.',
    'Bulletin QR ci-joint.',
    'BACS to Aber Print 30-65-41 / 44102938.',
    'Interac a jess@formelimoilou.com, mot de passe : squat.',
    'Payment: Marlow Freight Ltd, Zenith Bank, 1012345678.',
    'Acc 40419236, sort 30-11-42, R Patel.',
    'My PayID is 0431 228 907.',
    'GCash 0918 333 4417 (Ana D.).',
    'You can pay by card through the secure link on the invoice.',
  ])('finds how to pay in: %s', (text) => {
    expect(values(text, 'paymentInstructions').length).toBeGreaterThan(0);
  });
  it.each([
    'Please call our billing office on (555) 014-2270 if you have questions.',
    'Could you update your payment method?',
    'The usual way is fine.',
    'Update payment method',
    'Pay attention to the new delivery hours.',
    'Please pay the outstanding balance on your account.',
    'The bank holiday on 26 December 2025 delays transfers.',
    'Our bank changed its name last year.',
  ])('does not take this for how to pay: %s', (text) => {
    expect(values(text, 'paymentInstructions')).toEqual([]);
  });
  it('reports contact details', () => {
    expect(values('Please call me on 07700 900412.', 'contact')).toEqual(['07700 900412']);
  });
  it('lists what is missing', () => {
    expect(analyze('Hi Sam, could you look at the invoice?', { today }).missing).toEqual([
      'amount',
      'invoice',
      'dueDate',
      'paymentInstructions',
    ]);
  });
});

describe('consistency', () => {
  it('flags a weekday that does not match its date', () => {
    const r = analyze('Please pay by Friday, November 28, 2026.', { today });
    const f = r.findings.find((x) => x.rule === 'weekday-mismatch');
    expect(f).toMatchObject({ category: 'inconsistent', suggestions: ['Saturday, November 28, 2026'] });
    expect(analyze('Please pay by Saturday, November 28, 2026.', { today }).findings).toEqual([]);
  });
  it('flags two different amounts for the same invoice', () => {
    const r = analyze(
      'Invoice 4471 for $1,200.00 is open. To recap, invoice 4471 for $1,250.00 was due in May.',
      { today },
    );
    expect(r.findings.find((x) => x.rule === 'amount-mismatch')?.text).toBe('$1,250.00');
  });
  it('accepts the same amount twice and a price before and after tax', () => {
    const text =
      'Invoice 12 for 2 400,00 € HT (2 880,00 € TTC) is open. Invoice 12 for 2 400,00 € HT was due in May.';
    expect(analyze(text, { today }).findings.filter((x) => x.rule === 'amount-mismatch')).toEqual([]);
  });
  it('flags "overdue" when the due date is still in the future', () => {
    const r = analyze('Invoice 9 for $50, due on 3 December 2026, is now overdue.', { today });
    expect(r.findings.find((x) => x.rule === 'overdue-not-due')?.text).toBe('3 December 2026');
    const past = analyze('Invoice 9 for $50, due on 3 November 2026, is now overdue.', { today });
    expect(past.findings.filter((x) => x.rule === 'overdue-not-due')).toEqual([]);
  });
});

describe('tone', () => {
  it('scores a warm reminder friendly and a hostile one aggressive', () => {
    const warm = analyze(
      'Hi Aisha, I hope you are well. Invoice #61 ($2,350.00) was due on 2 April. If it is already on its way, thank you! Happy to help if anything is holding it up.',
    );
    const hostile = analyze("You still haven't paid. This is unacceptable. Pay immediately.");
    expect(warm.tone.label).toBe('friendly');
    expect(hostile.tone.label).toBe('aggressive');
    expect(hostile.tone.score).toBeGreaterThan(warm.tone.score);
  });
});

describe('payment instructions by shape', () => {
  it('recognises an IBAN written without the word IBAN', () => {
    expect(
      values('Tu peux régler par virement sur FR76 1234 5678 9012 3456 7890 123.', 'paymentInstructions'),
    ).toHaveLength(1);
    expect(values('Ref 2025 1234 5678 for the order.', 'paymentInstructions')).toEqual([]);
  });
});
