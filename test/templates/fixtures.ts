import type { Lang, Stage } from '../../src/analyzer/index';
import type { TemplateValues } from '../../src/templates/index';

/** The day the test emails are written (local noon, as the command line reads `--today`). */
export const TODAY = new Date(2025, 4, 20, 12);

/** A due date that fits each stage, seen from TODAY (for `correction`: when the separate invoice is due). */
export const DUE_FOR_STAGE: Record<Stage, string> = {
  upcoming: '2025-05-30',
  due: '2025-05-20',
  overdue: '2025-05-12',
  firm: '2025-04-18',
  final: '2025-03-20',
  correction: '2025-06-19',
};

/** Two realistic businesses per language: every placeholder has a value. */
export const VALUE_SETS: Record<Lang, TemplateValues[]> = {
  en: [
    {
      client: 'Aisha',
      amount: 2350,
      currency: 'USD',
      invoice: '2024-061',
      deadline: '2025-06-03',
      terms:
        'payment within 30 days of the invoice date, with late payment interest of 1.5% per month (section 7 of our service agreement)',
      paymentInstructions:
        'bank transfer to First Harbor Bank, routing 123456780, account 483920117 (Lena Marsh LLC), or by card at lenamarsh.com/pay',
      sender: 'Lena Marsh',
      company: 'Lena Marsh Copywriting LLC',
    },
    {
      client: 'Tom',
      amount: 980.5,
      currency: 'GBP',
      invoice: 'INV-20931',
      deadline: '2025-05-30',
      terms: 'net 14 days; late payments accrue statutory interest under our terms of business.',
      paymentInstructions:
        'https://pay.northbaydesign.co.uk/inv/20931 or bank transfer to Northbay Design Ltd',
      sender: 'Priya Shah',
      company: 'Northbay Design Ltd',
    },
  ],
  fr: [
    {
      client: 'Madame Lefèvre',
      amount: 1250,
      currency: 'EUR',
      invoice: '2025-118',
      deadline: '2025-06-03',
      terms:
        'paiement à 30 jours date de facture, pénalités de retard au taux légal et indemnité forfaitaire de 40 € (article 8 de nos CGV)',
      paymentInstructions:
        'virement sur le compte FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) ou par carte sur atelier-lumen.fr/payer',
      sender: 'Claire Martin',
      company: 'Atelier Lumen SARL',
    },
    {
      client: 'Monsieur Girard',
      amount: 4780.4,
      currency: 'CHF',
      invoice: 'F-2025-0412',
      deadline: '2025-05-28',
      terms: 'paiement à 30 jours net, intérêts de retard de 5 % l’an selon nos conditions générales.',
      paymentInstructions:
        'virement bancaire au nom de Fiduciaire Rochat SA, IBAN CH93 0076 2011 6238 5295 7',
      sender: 'Julien Rochat',
      company: 'Fiduciaire Rochat SA',
    },
  ],
};
