import type { FactMention } from '../types';

// A reference is a code with at least one digit: 0142, 2024-061, INV-7781-EU, SAAS-FR-0932, CL-5521A.
const CODE = String.raw`#?(?=[\p{L}\p{N}\-/_.]*\d)[\p{L}\p{N}](?:[\p{L}\p{N}\-/_]|\.(?=[\p{L}\p{N}]))*`;
const KEYWORD = String.raw`(?:invoices?|inv\.?|bills?|statements?|factures?|notes? d'honoraires|avoirs?|reference|ref\.?|référence|réf\.?|communication|tickets?|receipts?|reçus?|RO|repair orders?|invoiced as|invoice nos?\.?|dossier|réservation|reservation|booking|plan id|situations?(?: de travaux)?|credit memos?|credit notes?|debit notes?|notes? de crédit|estimates?|devis|payment requests?|levy notices?|notices?)`;
// A code in the shape billing systems give references: letters, a separator, digits (CW-0361, TR-25-0817).
// Digits first, it must open a parenthesis after the keyword ("ma facture pour les faire-part (2026-088, …)"),
// and a date is not one.
const LEADING_DIGITS_CODE = String.raw`\d{2,4}[-/][A-Z0-9]{1,8}(?:[-/][A-Z0-9]+)*`;
const DATE_LIKE =
  /^\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?$|^\d{1,2}[-/]\d{4}$|^\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?$/;
const SHAPED_CODE = String.raw`[A-Z]{1,6}(?:[-/][A-Z0-9]{1,8})*[-/]\d{2,}(?:[-/][A-Z0-9]+)*`;
const NUMBER_SIGN = String.raw`(?:#|no\.?|nº|n°|n\.|num(?:éro|ber)?\.?|number|ref(?:erence)?\.?|réf(?:érence)?\.?)`;

const INVOICE = new RegExp(
  [
    // After the keyword, in one scan (one look for the keyword at each position, not three):
    // invoice #0142 · facture n° 2025-118 · invoice number INV-77 · reference R-0525 · communication « BE-1 »;
    // "the invoice for your two desks, CW-0361", "les factures de transport TR-25-0817";
    // "ma facture pour les faire-part (2026-088, …)"
    String.raw`(?<![\p{L}])${KEYWORD}(?:[\s\u00a0]*(?:${NUMBER_SIGN}[\s\u00a0]*)?:?[\s\u00a0]*[«"“(]?[\s\u00a0]*(?<a>${CODE})|(?![\p{L}])[^.!?\n]{1,40}?(?<![\p{L}\p{N}-])(?<d>${SHAPED_CODE})(?![\p{L}\p{N}])|(?![\p{L}])[^.!?\n()]{0,40}?\([\s\u00a0]*(?<f>${LEADING_DIGITS_CODE})(?![\p{L}\p{N}]))`,
    // INV-20931 on its own
    String.raw`(?<![\p{L}\p{N}])(?<b>INV[-_/ ]?\d[\p{L}\p{N}\-/_]*)`,
    // n° 2024-118 on its own
    String.raw`(?<![\p{L}])(?:nº|n°)[\s\u00a0]*(?<c>${CODE})`,
    // a list of references, one per item: "– FA-2025-1562 du 15/09 : 2 980,00 €"
    String.raw`^[\s\u00a0]*(?:[-–•*·][\s\u00a0]*|\d{1,2}[.)][\s\u00a0]+)?(?<e>${SHAPED_CODE})(?![\p{L}\p{N}])`,
  ].join('|'),
  'giu',
);

// Words that look like a code after "invoice" but are not one.
const NOT_A_CODE = /^\d{1,2}(?:st|nd|rd|th|er|e|ème)$/i;

export function findInvoiceRefs(text: string, base = 0): FactMention[] {
  const out: FactMention[] = [];
  INVOICE.lastIndex = 0;
  for (let m = INVOICE.exec(text); m !== null; m = INVOICE.exec(text)) {
    const g = m.groups ?? {};
    const code = (g.a ?? g.b ?? g.c ?? g.d ?? g.e ?? g.f ?? '').replace(/[.\-/_]+$/, '');
    if (
      !code ||
      NOT_A_CODE.test(code.replace(/^#/, '')) ||
      (g.f && DATE_LIKE.test(code)) ||
      // The shaped codes are capitals: the pattern's flags cannot say so for one alternative.
      ((g.d || g.e) && !/^[A-Z]/.test(code)) ||
      followedByUnit(text, m.index + m[0].length)
    )
      continue;
    const codeStart = m.index + m[0].lastIndexOf(code);
    out.push({
      kind: 'invoice',
      start: base + codeStart,
      end: base + codeStart + code.length,
      text: code,
      value: code.replace(/^#/, '').toUpperCase(),
    });
  }
  return out;
}

/** "invoice 30 days" or "bill 3 March" is not a reference. */
function followedByUnit(text: string, end: number): boolean {
  return /^[\s\u00a0]+(?:days?|jours?|weeks?|semaines?|months?|mois|hours?|heures?|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)/i.test(
    text.slice(end, end + 12),
  );
}
