import type { FactMention } from '../types';

/**
 * How to pay: a payment link, bank details, or a payment method with where or to whom.
 * A phone number "for questions" or "update your payment method" is not enough.
 */
const BANK_DETAILS = [
  // "RIB Attijariwafa : 007 780 0004512300029874 51", "compte Ecobank CI (CI059 01001 121245780001 44)"
  String.raw`(?:RIB|compte|account|a/c|virement|transfer)(?: [\p{L}\p{N}-]+){1,3}[\s\u00a0]*[:(][\s\u00a0]*[A-Z]{0,4}\d{2,}(?:[\s\u00a0]?\d+){2,}`,
  String.raw`IBAN[\s:]*[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{2,4}){2,8}`,
  String.raw`(?:RIB|BIC|SWIFT(?:/BIC)?)[\s:]*[A-Z0-9]{6,11}`,
  // An IBAN by its shape alone: country, check digits, then groups of four (FR76 3000 6000 0112 …).
  String.raw`(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{4}){3,7}(?:[\s\u00a0]?[A-Z0-9]{1,3})?(?![A-Z0-9])`,
  String.raw`(?:RIB)[\s:]+[A-Z]{2}\d{2}(?:[\s\u00a0]?[A-Z0-9]{2,4}){2,8}`,
  String.raw`(?:RIB)[\s:]+\d[\d\s]{10,}\d`,
  // BPAY Biller Code 287731, Ref 38117006
  String.raw`(?:BPAY|biller code)[\s:]*(?:biller code[\s:]*)?\d{3,}`,
  // A New Zealand account by its shape: bank, branch, account, suffix (01-0102-0774312-00)
  String.raw`(?<![\d-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\d-])`,
  // "t'as mon RIB", "you have our bank details": details the client already holds
  `(?:you have|you've got|tu as|t['’]as|vous avez) (?:my|our|mon|notre|nos|mes) (?:bank details|banking details|RIB|coordonnées bancaires)`,
  // A UK sort code and account number side by side: 30-92-14, 01873365
  String.raw`(?<!\d)\d{2}-\d{2}-\d{2}(?:[,\s]+|\s*/\s*)\d{8}(?!\d)`,
  String.raw`(?:sort code|routing(?: number)?|ABA|BSB|transit(?: number)?|institution(?: number)?)[\s:#]*\d[\d\s-]{2,10}\d`,
  // "sort 20-18-55": a sort code by its shape after the word.
  String.raw`sort[\s:]+\d{2}-\d{2}-\d{2}(?!\d)`,
  String.raw`(?:account|acct|acc|compte|a/c)(?: (?:number|no\.?|n°|#))?[\s:#.]*\d[\d\s-]{5,20}\d`,
  // "Kestrel Print Ltd, Zenith Bank, 1012345678": a bank named beside an account number.
  String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}&.-]*[\s\u00a0]+)?(?:Bank|Banque|GTBank|Bancorp)(?![\p{L}])[^.\n]{0,40}?(?<![\d-])\d(?:[\s-]?\d){7,}(?![\d-])`,
  String.raw`(?:bank details|bank account details|payment details|details|coordonnées bancaires|RIB|(?:ACH|wire|payment|remittance|bank|EFT|BACS) (?:instructions|info|information))(?: are| is| sont| est)?(?: printed| again| as)? (?:on|in|attached|enclosed|ci-joint|ci-jointes?|joint|dans|sur|en pièce jointe|en bas de|au bas de|at the bottom of)(?: (?:the|each|every|your|our) (?:attached )?(?:invoice|pdf|statement|bill)s?)?(?![\p{L}])`,
];
// Payment apps and wallets that are paid to a phone number, an e-mail or a handle.
const WALLETS =
  '(?:paypal|venmo|zelle|wise|revolut|interac|lydia|paylib|wero|twint|payconiq|bancontact|upi|gpay|phonepe|paytm|paynow|paylah|payid|swish|bizum|mb way|satispay|mobilepay|vipps|blik|cash app|gcash|maya|bkash|nagad|jazzcash|easypaisa)';
const METHOD_WITH_WHERE = [
  // PayPal to x@y · Interac e-transfer to … · Lydia au 06 …
  String.raw`(?:${WALLETS}|e-transfers?|etransfers?|e-transferts?|virement interac|stripe|square|google pay|apple pay)(?: link)?(?: as usual| comme d['’]habitude)?(?: it| this| the (?:amount|balance|payment)| goes| is| est| se fait)?(?:,? (?:to|at|via|au|à|sur|on|par)|\s*:| c['’]est)\s*\S+`,
  // Zelle 864-555-0121 · UPI shreya@okhdfcbank · Payconiq 0478 12 34 56: the method and its address side by side.
  String.raw`(?:${WALLETS}|e-transfer)(?:\s+(?:id|number|no\.?|handle|is|est))*\s*:?\s+(?:\+?\d[\d\s().-]{6,}\d|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+)`,
  // "ACH per the invoice", "wire using the details printed on each invoice"
  `(?:ACH|wire|EFT|BACS|bank transfer|virement)(?: using the details(?: printed)?)? (?:per|on|as per|as on|selon) (?:the|each|your|la) (?:invoice|pdf|statement|facture)s?`,
  // Remit to: Suncoast Commercial Cleaning Inc., 4100 NW 7th St
  String.raw`remit(?:tance)?(?: payment)? (?:to|address)\s*:?\s*\S+`,
  // EFT / wire / bank transfer / virement to Northbay Ltd.
  String.raw`(?:EFT|ACH|wire|wire transfer|bank transfer|transfer|virement(?: bancaire)?)(?: the funds)? (?:to|sur le compte|au nom de|à l['’]ordre de|à|au)\s+\S+`,
  // cheque payable to / chèque à l'ordre de
  String.raw`(?:cheques?|checks?|chèques?)(?: (?:made )?(?:payable|à l['’]ordre))? (?:to|de|du|des)\s+\S+`,
  // bulletin de versement QR / QR-bill
  '(?:bulletin de versement|bulletins? QR|QR[- ]?(?:bill|facture|codes?)|payment slip|eBill)',
  // "will be drafted from your checking account ending in 0092", "sera prélevé sur votre compte", "mandat SEPA"
  String.raw`(?:drafted|debited|charged|withdrawn|collected|prélevée?s?|débitée?s?)[^.\n]{0,40}?(?:account|card|compte|carte|mandat)`,
  `(?:mandat SEPA|SEPA mandate|direct debit|prélèvement automatique|standing order|ordre permanent|autopay|auto-pay)`,
  // pay at the counter · passer le payer au comptoir · régler à l'accueil
  String.raw`(?:pay|paid|payer|payez|régler|réglez|regler|reglez|settle)(?: \p{L}+){0,2} (?:at|au|à la|à l['’]|in|en) ?(?:the |our )?(?:counter|comptoir|reception|accueil|caisse|front desk|office|bureau|shop|boutique|magasin|garage|studio|salon|clinic|cabinet|agence|pharmacie|guichet|secr[ée]tariat|comptabilit[ée])`,
  // cash at our branch · espèces au magasin de Mboppi · card at reception · Apple Pay on the door terminal
  `(?:cash|espèces|especes|en liquide|cheque|check|chèque|carte|card|CB|apple pay|google pay|contactless)s? (?:at|on|in|à|au|en) (?:the |our |notre |la |l['’])?(?:agency|branch|shop|store|office|agence|magasin|boutique|bureau|pharmacie|guichet|caisse|accueil|comptoir|secr[ée]tariat|cabinet|garage|reception|front desk|desk|counter|door|terminal|till|clinic)`,
  // Venmo (@name), PayPal.me/name
  String.raw`(?:paypal|venmo|cash app|revolut|wise|twint|lydia)\s*\(?@[\w.-]+`,
  // Orange Money au +221 77 …, M-Pesa to 0712 …
  String.raw`(?:orange money|mtn (?:mobile money|momo)|mobile money|m-pesa|mpesa|wave|moov money|airtel money|free money)(?: (?:au|to|on|at|sur|:))?\s*\+?\d[\d\s]{6,}`,
  // card ending in 4417 will be charged
  String.raw`card ending (?:in )?\d{4} will be charged`,
  String.raw`(?:pay|payable|paid|payment|settle|r[ée]gler|r[ée]glez|r[ée]glable|r[èe]glement|paiement|payer|payez|CB|carte)[^.\n]{0,40}?\b(?:by phone|over the phone|by calling|by phoning|par t[ée]l[ée]phone|par t[ée]l\.?(?= |$)|au t[ée]l[ée]phone)`,
  `(?:card|carte) (?:on file|enregistrée)`,
  // in the … app under Account > Billing · through the link in your account
  String.raw`(?:pay|payable|payment|paid|règlement|payer|régler|CB|carte|card)(?:[^.\n]{0,40}? (?:through|via)|[^.\n]{0,20}? (?:in|on|dans|sur)) (?:the |our |your |l['’]|votre |notre |ton |ta |ma |mon )(?:[\w-]+ )?(?:app|application|portal|account|espace(?: (?:client|élève|eleve|membre|famille|parents?|adhérent|patient))?|compte en ligne)(?![\p{L}])`,
  String.raw`(?:link|lien|portal|portail) (?:in|dans) (?:your|votre) (?:[\w-]+ )?(?:account|app|portal|email|compte|espace)`,
  // "through the secure link on the invoice", "via le lien de paiement sur la facture"
  String.raw`(?:pay|payment|paiement|payer|r[ée]gler|secure|s[ée]curis[ée])[\p{L} -]{0,20}?(?:link|lien)(?: de paiement)? (?:in|on|at the bottom of|dans|sur|en bas de) (?:the|each|either|your|this|la|le|votre|chaque) (?:attached )?(?:invoice|statement|bill|email|e-mail|facture|courriel|relev[ée])s?(?![\p{L}])`,
];
const LINK = String.raw`(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s,;)»"]*)?`;
const PAY_CONTEXT =
  /\b(?:pay|payable|paid|payment|settle|remit|remittance|transfer|card|billing|portal|link|invoice|online|r[ée]gl|r[èe]glement|paiement|payer|payez|virement|carte|lien|factur|en ligne)/i;
// A payment button standing alone on its line, as billing systems send them: "Pay now", "View and pay",
// "Payer la facture", "Afficher et payer la facture", "View invoice | Pay online".
const PAY_BUTTON =
  /^\[?\s*(?:[^.!?\n|]{0,25}(?:[|·•]|\]\s*\[)\s*)?(?:pay(?: (?:now|online|securely|here|in full|(?:this |your |the |my )?(?:invoice|bill|balance|deposit|booking)(?: now| online)?))?|view (?:and|&) pay(?: (?:invoice|online|now|your invoice))?|make a payment|(?:payer|r[ée]gler)(?: (?:maintenant|en ligne|ma facture|la facture|ma commande|mon solde|le solde|ma r[ée]servation|mon acompte|ma cotisation))?|afficher et payer(?: la facture)?|voir et payer(?: la facture)?|proc[ée]der au paiement)\s*(?:(?:[|·•›→>]|\]\s*\[).{0,30})?[\s.!›→>\]]*$/iu;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

// Cheap tests that let most sentences skip the unicode-aware scans.
const AT_SIGN = /@/;
const BANK_HINT = /\d|details|coordonnées|rib\b|instructions|info/i;
const METHOD_HINT =
  /pay|venmo|zelle|wise|revolut|interac|transfer|lydia|twint|stripe|square|cash|eft|ach|wire|virement|chèque|cheque|check|bulletin|qr|card|carte|money|pesa|wave|phone|téléphone|link|lien|portal|portail|espèces|r[èe]glement|r[ée]gl|paiement|upi|gpay|phonepe|paytm|payconiq|bancontact|ebill|draft|debit|d[ée]bit|pr[ée]lev|sepa|standing|permanent|t[ée]l|remit|bacs|wero|swish|bizum|mb way|satispay|mobilepay|vipps|blik|\bCB\b/i;

// Interac a jess@formelimoilou.com · le virement se fait à info@… · Zelle can be sent to pay@… (only scanned
// in a sentence with an e-mail address).
const WALLET_TO_EMAIL = new RegExp(
  String.raw`(?:${WALLETS}|e-transfer|virement)[^.!?\n@]{0,30}?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`,
  'giu',
);
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
  for (const re of [BANK_RE, METHOD_RE, WALLET_TO_EMAIL]) {
    const hint = re === BANK_RE ? BANK_HINT : re === METHOD_RE ? METHOD_HINT : AT_SIGN;
    if (!hint.test(sentence)) continue;
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
  const line = sentence.trim();
  if (line.length <= 45 && PAY_BUTTON.test(line)) push(sentence.indexOf(line), line, line);
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
