import type { FactMention } from '../types';

/**
 * How to pay: a payment link, bank details, or a payment method with where or to whom.
 * A phone number "for questions" or "update your payment method" is not enough.
 */
const BANK_DETAILS = [
  String.raw`IBAN[\s:]*[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{2,4}){2,8}`,
  String.raw`(?:RIB|BIC|SWIFT(?:/BIC)?)[\s:]*[A-Z0-9]{6,11}`,
  // An IBAN by its shape alone: country, check digits, then groups of four (FR76 3000 6000 0112 …).
  String.raw`(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{4}){3,7}(?:[\s\u00a0]?[A-Z0-9]{1,3})?(?![A-Z0-9])`,
  String.raw`(?:RIB)[\s:]+[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{2,4}){2,8}`,
  String.raw`(?:RIB)[\s:]+\d[\d\s]{10,}\d`,
  // A UK sort code and account number side by side: 30-92-14, 01873365
  String.raw`(?<!\d)\d{2}-\d{2}-\d{2}[,\s]+\d{8}(?!\d)`,
  String.raw`(?:sort code|routing(?: number)?|ABA|BSB|transit(?: number)?|institution(?: number)?)[\s:#]*\d[\d\s-]{2,10}\d`,
  String.raw`(?:account|acct|compte|a/c)(?: (?:number|no\.?|n°|#))?[\s:#.]*\d[\d\s-]{5,20}\d`,
  String.raw`(?:bank details|bank account details|payment details|details|coordonnées bancaires|RIB)(?: are| is| sont| est)? (?:on|in|attached|enclosed|ci-joint|ci-jointes?|joint|dans|sur|en pièce jointe)(?: the (?:attached )?(?:invoice|pdf|statement|bill))?(?![\p{L}])`,
];
const METHOD_WITH_WHERE = [
  // PayPal to x@y · Interac e-transfer to … · Lydia au 06 …
  String.raw`(?:paypal|venmo|zelle|wise|revolut|interac|e-transfer|etransfer|lydia|paylib|twint|stripe|square|cash app)(?: link)?(?: it| this| the (?:amount|balance|payment))?(?: (?:to|at|via|au|à|sur|on)|:)\s*\S+`,
  // EFT / wire / bank transfer / virement to Northbay Ltd.
  String.raw`(?:EFT|ACH|wire|wire transfer|bank transfer|transfer|virement(?: bancaire)?)(?: the funds)? (?:to|sur le compte|au nom de|à l['’]ordre de|à|au)\s+\S+`,
  // cheque payable to / chèque à l'ordre de
  String.raw`(?:cheques?|checks?|chèques?)(?: (?:made )?(?:payable|à l['’]ordre))? (?:to|de|du|des)\s+\S+`,
  // bulletin de versement QR / QR-bill
  '(?:bulletin de versement|QR[- ]bill|payment slip)',
  // Venmo (@name), PayPal.me/name
  String.raw`(?:paypal|venmo|cash app|revolut|wise|twint|lydia)\s*\(?@[\w.-]+`,
  // Orange Money au +221 77 …, M-Pesa to 0712 …
  String.raw`(?:orange money|mtn (?:mobile money|momo)|mobile money|m-pesa|mpesa|wave|moov money|airtel money|free money)(?: (?:au|to|on|at|sur|:))?\s*\+?\d[\d\s]{6,}`,
  // card ending in 4417 will be charged
  String.raw`card ending (?:in )?\d{4} will be charged`,
  String.raw`(?:pay|payable|paid|payment|settle|régler|réglable|règlement|paiement|payer)[^.\n]{0,40}?\b(?:by phone|over the phone|by calling|by phoning|par téléphone)\b`,
  String.raw`(?:card|carte) (?:on file|enregistrée)`,
  // card at reception · Apple Pay on the door terminal · cash at the front desk
  String.raw`(?:card|cash|cheque|check|apple pay|google pay|contactless|carte|espèces)s? (?:at|on|in) (?:the |our )?(?:reception|front desk|desk|counter|door|terminal|till|office|shop|clinic|accueil|caisse|comptoir)`,
  // in the … app under Account > Billing · through the link in your account
  String.raw`(?:pay|payable|payment|paid|règlement|payer|régler)[^.\n]{0,20}? (?:in|through|via|on|dans|sur) (?:the|our|your|l['’]|votre|notre) [\w-]+ (?:app|application|portal|account|espace client)`,
  String.raw`(?:link|lien|portal|portail) (?:in|dans) (?:your|votre) (?:[\w-]+ )?(?:account|app|portal|email|compte|espace)`,
];
const LINK = String.raw`(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s,;)»"]*)?`;
const PAY_CONTEXT =
  /\b(?:pay|payable|paid|payment|settle|remit|remittance|transfer|card|billing|portal|link|invoice|régler|réglable|règlement|paiement|payer|virement|carte|lien|factur)/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

// Cheap tests that let most sentences skip the unicode-aware scans.
const BANK_HINT = /\d|details|coordonnées|rib\b/i;
const METHOD_HINT =
  /pay|venmo|zelle|wise|revolut|interac|transfer|lydia|twint|stripe|square|cash|eft|ach|wire|virement|chèque|cheque|check|bulletin|qr|card|carte|money|pesa|wave|phone|téléphone|link|lien|portal|portail|espèces|règlement|régler|paiement/i;

const BANK_RE = new RegExp(BANK_DETAILS.map((s) => `(?:${s})`).join('|'), 'giu');
const METHOD_RE = new RegExp(METHOD_WITH_WHERE.map((s) => `(?:${s})`).join('|'), 'giu');
const LINK_RE = new RegExp(String.raw`(?<![\p{L}\p{N}@./-])${LINK}`, 'giu');

export function findPaymentInstructions(sentence: string, base = 0): FactMention[] {
  const out: FactMention[] = [];
  const push = (start: number, text: string, value: string) =>
    out.push({
      kind: 'paymentInstructions',
      start: base + start,
      end: base + start + text.length,
      text,
      value,
    });
  for (const re of [BANK_RE, METHOD_RE]) {
    if (!(re === BANK_RE ? BANK_HINT : METHOD_HINT).test(sentence)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const text = m[0].replace(/[\s.,;:]+$/, '');
      // "RIB habituel" names no account: a BIC, RIB or SWIFT code is written in capitals ("RIB ci-joint" is fine).
      const last = text.split(/[\s:]+/).at(-1) ?? '';
      const namesNoAccount =
        /^(?:RIB|BIC|SWIFT(?:\/BIC)?)[\s:]*\S+$/i.test(text) &&
        /\p{Ll}/u.test(last) &&
        !/^(?:ci-jointe?s?|jointe?s?|attached|enclosed)$/i.test(last);
      if (namesNoAccount) continue;
      push(m.index, text, text);
    }
  }
  if (PAY_CONTEXT.test(sentence)) {
    LINK_RE.lastIndex = 0;
    for (let m = LINK_RE.exec(sentence); m !== null; m = LINK_RE.exec(sentence)) {
      const text = m[0].replace(/[.,;:]+$/, '');
      if (!isLink(text) || EMAIL.test(text)) continue;
      push(m.index, text, text);
    }
  }
  return out;
}

/** A web address: has a path or a scheme, or a host with a known web shape (not "B.V." or "e.g"). */
function isLink(text: string): boolean {
  if (/^https?:\/\//i.test(text)) return true;
  const [host = ''] = text.split('/');
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  return (
    labels.length >= 2 &&
    tld.length >= 2 &&
    /[a-z]/i.test(labels[0] ?? '') &&
    (text.includes('/') || tld.length <= 6) &&
    !/^\d/.test(tld) &&
    host.length >= 5
  );
}

const PHONE =
  /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,6}){1,4}(?![\p{L}\p{N}])/gu;
const PHONE_CUE =
  /\b(?:call|phone|tel|telephone|ring|mobile|appelez|appeler|téléphone|tél|joindre|contact)\b[^.\n]{0,30}$/i;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Contact details: a phone number introduced as one, or an e-mail address. */
export function findContacts(sentence: string, base = 0): FactMention[] {
  const out: FactMention[] = [];
  PHONE.lastIndex = /\d\d/.test(sentence) ? 0 : sentence.length;
  for (let m = PHONE.exec(sentence); m !== null; m = PHONE.exec(sentence)) {
    if (!PHONE_CUE.test(sentence.slice(0, m.index))) continue;
    out.push({
      kind: 'contact',
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value: m[0],
    });
  }
  EMAIL_RE.lastIndex = sentence.includes('@') ? 0 : sentence.length;
  for (let m = EMAIL_RE.exec(sentence); m !== null; m = EMAIL_RE.exec(sentence)) {
    out.push({
      kind: 'contact',
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value: m[0],
    });
  }
  return out;
}
