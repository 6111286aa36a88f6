import type { Lang, Stage } from '../analyzer/index';
import type { Template } from './types';

/**
 * The built-in reminders, one per stage and language, written to the tone guide: prompt, professional and
 * friendly; each gives the amount, the invoice, the due date and how to pay, and is signed `{sender}`,
 * `{company}`. They are checked by the analyzer in the tests: no aggressive or vague wording, nothing missing.
 */
const EN: readonly Omit<Template, 'lang' | 'builtIn'>[] = [
  {
    id: 'en-upcoming',
    name: 'Courtesy reminder (before the due date)',
    stage: 'upcoming',
    shortcut: 'upcoming',
    subject: 'Invoice {invoice} for {amount} is due on {dueDate}',
    body: `Hello {client},

Just a heads-up that invoice {invoice} for {amount} is due on {dueDate}.

How to pay: {paymentInstructions}

If payment is already scheduled, thank you, and please disregard this note. If you have any questions about the invoice, reply to this email and I will be glad to help.

Best regards,
{sender}
{company}`,
  },
  {
    id: 'en-due',
    name: 'Due today',
    stage: 'due',
    shortcut: 'due',
    subject: 'Invoice {invoice} is due today',
    body: `Hello {client},

A friendly reminder that invoice {invoice} for {amount} is due today, {dueDate}.

How to pay: {paymentInstructions}

If you have already sent it, thank you, and please disregard this message.

Best regards,
{sender}
{company}`,
  },
  {
    id: 'en-overdue',
    name: 'Friendly reminder (1–14 days late)',
    stage: 'overdue',
    shortcut: 'overdue',
    subject: 'Friendly reminder: invoice {invoice} for {amount}',
    body: `Hello {client},

I hope you are well. Invoice {invoice} for {amount} was due on {dueDate} and is now {daysOverdue} past due. These things happen: if payment is already on its way, thank you, and please disregard this note.

If anything is holding it up, or if something about the invoice is not right, could you reply and tell me? I am happy to help.

How to pay: {paymentInstructions}

Thank you,
{sender}
{company}`,
  },
  {
    id: 'en-firm',
    name: 'Firm follow-up (15–45 days late)',
    stage: 'firm',
    shortcut: 'firm',
    subject: 'Invoice {invoice}: could you confirm a payment date?',
    body: `Hello {client},

I am following up on invoice {invoice} for {amount}, which was due on {dueDate} and is now {daysOverdue} past due. I have not yet received payment or an update about it.

Could you please let me know by {deadline} on what date we can expect payment? If paying the full amount in one go is difficult, I am glad to agree on a payment plan with you: tell me what would work and we will set it up.

Our payment terms for this work are: {terms}.

How to pay: {paymentInstructions}

Thank you for your help in settling this.

Kind regards,
{sender}
{company}`,
  },
  {
    id: 'en-final',
    name: 'Final notice (more than 45 days late)',
    stage: 'final',
    shortcut: 'final',
    subject: 'Final notice: invoice {invoice} for {amount}',
    body: `Hello {client},

I am writing about invoice {invoice} for {amount}, which was due on {dueDate} and is now {daysOverdue} past due. Despite our earlier reminders, we have not received payment or heard from you about it.

This is our final notice. If payment has not been received by {deadline}, we will refer the account to our collection agency on that date, as provided in our payment terms: {terms}.

I would much rather settle this directly with you. If there is a difficulty, or if a payment plan would help, please reply before {deadline} and we will find a solution together.

How to pay: {paymentInstructions}

Kind regards,
{sender}
{company}`,
  },
  {
    id: 'en-correction',
    name: 'Billing correction (we under-billed)',
    stage: 'correction',
    shortcut: 'correction',
    subject: 'Correction to invoice {invoice}: our billing error',
    body: `Hello {client},

I am sorry to tell you that we made an error on invoice {invoice}: we under-billed the work, and {amount} was left off the total. The mistake is ours, and I apologise for it.

To make it right, you can choose what suits you best:
- we add {amount} to your next invoice, or
- we send you a separate invoice for {amount}, payable by {dueDate}.

Could you tell me by {deadline} which option you prefer? The payment details stay the same: {paymentInstructions}

Thank you for your understanding, and again, my apologies for the extra step.

Kind regards,
{sender}
{company}`,
  },
];

const FR: readonly Omit<Template, 'lang' | 'builtIn'>[] = [
  {
    id: 'fr-upcoming',
    name: 'Rappel de courtoisie (avant l’échéance)',
    stage: 'upcoming',
    shortcut: 'upcoming',
    subject: 'Facture n° {invoice} de {amount} : échéance le {dueDate}',
    body: `Bonjour {client},

Je me permets de vous rappeler que la facture n° {invoice} d’un montant de {amount} arrive à échéance le {dueDate}.

Modalités de règlement : {paymentInstructions}

Si le règlement est déjà programmé, merci beaucoup, et ne tenez pas compte de ce message. Pour toute question sur cette facture, n’hésitez pas à me répondre directement.

Bien cordialement,
{sender}
{company}`,
  },
  {
    id: 'fr-due',
    name: 'Échéance aujourd’hui',
    stage: 'due',
    shortcut: 'due',
    subject: 'Facture n° {invoice} : échéance aujourd’hui',
    body: `Bonjour {client},

Petit rappel : la facture n° {invoice} d’un montant de {amount} arrive à échéance aujourd’hui, le {dueDate}.

Modalités de règlement : {paymentInstructions}

Si vous avez déjà effectué le règlement, merci, et ne tenez pas compte de ce message.

Bien cordialement,
{sender}
{company}`,
  },
  {
    id: 'fr-overdue',
    name: 'Relance amicale (1 à 14 jours de retard)',
    stage: 'overdue',
    shortcut: 'overdue',
    subject: 'Rappel : facture n° {invoice} de {amount}',
    body: `Bonjour {client},

J’espère que vous allez bien. Sauf erreur de notre part, la facture n° {invoice} d’un montant de {amount}, échue le {dueDate}, n’a pas encore été réglée ({daysOverdue} de retard). Il s’agit sans doute d’un simple oubli : si le règlement est déjà en route, merci, et ne tenez pas compte de ce message.

Si quelque chose bloque le règlement, ou si cette facture vous pose question, pourriez-vous me le dire en répondant à ce message ? Je reste à votre disposition pour vous aider.

Modalités de règlement : {paymentInstructions}

Bien cordialement,
{sender}
{company}`,
  },
  {
    id: 'fr-firm',
    name: 'Relance ferme (15 à 45 jours de retard)',
    stage: 'firm',
    shortcut: 'firm',
    subject: 'Facture n° {invoice} : pourriez-vous me confirmer une date de règlement ?',
    body: `Bonjour {client},

Je reviens vers vous au sujet de la facture n° {invoice} d’un montant de {amount}, échue le {dueDate}, qui présente aujourd’hui {daysOverdue} de retard. Je n’ai pas encore reçu le règlement ni de nouvelles à ce sujet.

Pourriez-vous m’indiquer d’ici le {deadline} la date à laquelle le règlement pourra intervenir ? Si un paiement en une seule fois vous pose difficulté, je vous propose volontiers un échéancier : dites-moi ce qui vous conviendrait et nous le mettrons en place.

Pour rappel, les conditions de paiement convenues pour cette prestation sont les suivantes : {terms}.

Modalités de règlement : {paymentInstructions}

Je vous remercie par avance de votre retour.

Bien cordialement,
{sender}
{company}`,
  },
  {
    id: 'fr-final',
    name: 'Dernier avis (plus de 45 jours de retard)',
    stage: 'final',
    shortcut: 'final',
    subject: 'Dernier avis : facture n° {invoice} de {amount}',
    body: `Bonjour {client},

Je reviens vers vous au sujet de la facture n° {invoice} d’un montant de {amount}, échue le {dueDate}, qui présente aujourd’hui {daysOverdue} de retard. Sauf erreur de notre part, ce règlement ne nous est pas encore parvenu malgré nos précédents rappels.

Ce courrier constitue notre dernier avis. Si le règlement ne nous est pas parvenu d’ici le {deadline}, nous confierons le dossier à notre société de recouvrement à cette date, comme le prévoient nos conditions de paiement : {terms}.

Je préférerais de loin régler ce point directement avec vous. Si vous rencontrez une difficulté, ou si un échéancier peut vous aider, répondez-moi avant le {deadline} : nous trouverons une solution ensemble.

Modalités de règlement : {paymentInstructions}

Bien cordialement,
{sender}
{company}`,
  },
  {
    id: 'fr-correction',
    name: 'Rectification de facturation (sous-facturation)',
    stage: 'correction',
    shortcut: 'correction',
    subject: 'Rectification de la facture n° {invoice} : erreur de notre part',
    body: `Bonjour {client},

Je dois vous signaler une erreur de notre part sur la facture n° {invoice} : un montant de {amount} n’a pas été facturé. L’erreur vient de nous, et je vous prie de nous en excuser.

Pour régulariser, je vous propose de choisir la solution qui vous convient le mieux :
- ajouter ces {amount} à votre prochaine facture ;
- ou vous adresser une facture distincte de {amount}, payable le {dueDate}.

Pourriez-vous m’indiquer d’ici le {deadline} l’option que vous préférez ? Les modalités de règlement restent les mêmes : {paymentInstructions}

Merci de votre compréhension, et encore toutes nos excuses pour ce désagrément.

Bien cordialement,
{sender}
{company}`,
  },
];

/** Every built-in template: each stage in English and in French. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  ...EN.map((t): Template => ({ ...t, lang: 'en', builtIn: true })),
  ...FR.map((t): Template => ({ ...t, lang: 'fr', builtIn: true })),
];

/** The built-in template for a stage in a language. */
export function builtinTemplate(stage: Stage, lang: Lang): Template {
  const found = BUILTIN_TEMPLATES.find((t) => t.stage === stage && t.lang === lang);
  if (!found) throw new Error(`No built-in template for ${stage} in ${lang}`);
  return found;
}

/**
 * Finds a template by id (`en-overdue`), else by shortcut (`overdue`) in the given language (default:
 * English). Looks in `templates` (default: the built-ins), so user templates can be passed first.
 */
export function findTemplate(
  idOrShortcut: string,
  lang?: Lang,
  templates: readonly Template[] = BUILTIN_TEMPLATES,
): Template | undefined {
  const key = idOrShortcut.trim();
  return (
    templates.find((t) => t.id === key && (lang === undefined || t.lang === lang)) ??
    templates.find((t) => t.shortcut === key && t.lang === (lang ?? 'en'))
  );
}
