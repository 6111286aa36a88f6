import type { FactMention } from '../types';

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  US$: 'USD',
  R: 'ZAR',
  FCFA: 'XOF',
  'F CFA': 'XOF',
  CFA: 'XOF',
  DH: 'MAD',
  'Fr.': 'CHF',
  Fr: 'CHF',
  'Frs.': 'CHF',
  'SFr.': 'CHF',
  'Rs.': 'INR',
  Rs: 'INR',
  Ksh: 'KES',
  KSh: 'KES',
  '₱': 'PHP',
  S$: 'SGD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  C$: 'CAD',
  CA$: 'CAD',
};
const WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  franc: 'CHF',
  francs: 'CHF',
  bucks: 'USD',
  quid: 'GBP',
  balles: 'EUR',
  piasses: 'CAD',
  rupees: 'INR',
  roupies: 'INR',
  dirhams: 'MAD',
};
const CODES =
  'USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|ZAR|INR|SGD|HKD|MXN|BRL|XOF|XAF|FCFA|F CFA|CFA|MAD|DH|TND|DZD|NGN|KES|GHS|AED|SAR|QAR|KWD|BHD|OMR|EGP|PHP|MYR|THB|IDR|CNY|RMB|TRY|UGX|TZS|RWF|XPF|LKR|PKR|BDT|NPR';

// 3,80,000 (Indian grouping) · 1,250.00 · 1.250,00 · 1 250,00 (with no-break spaces too) · 1'250.00 · 900.– · 4417
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const DASH_CENTS = String.raw`(?:\.[–-])?`;
const PREFIX = String.raw`(?:US\$|(?:S|A|AU|NZ|C|CA)\$|(?:Fr|Frs|SFr|Rs)\.|(?:Rs|Ksh|KSh|Fr)(?=[\s\u00a0]?\d)|[$€£¥₹₦₱]|R(?=[\s\u00a0]?\d{1,3}(?:[,\s\u00a0]\d{3})+|[\s\u00a0]?\d+[.,]\d{2})|(?:${CODES})(?=[\s\u00a0]?\d))`;
const SUFFIX = String.raw`(?:[$€£¥₹₱]|(?:${CODES}|euros?|dollars?|pounds?|francs?|bucks|quid|balles|piasses|rupees|roupies|dirhams)(?![\p{L}]))`;

const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<pc>${PREFIX})[\s\u00a0\u202f]?(?<pn>${NUMBER})${DASH_CENTS}(?:[\s\u00a0](?<pt>${CODES})(?![\p{L}]))?|(?<sn>${NUMBER})${DASH_CENTS}[\s\u00a0\u202f]?(?<sc>${SUFFIX}))`,
  'gu',
);

/** Parses "1.250,00", "1 250,00", "2,100", "1,188.00" into a number. */
export function parseAmountNumber(raw: string): number {
  const digits = raw.replace(/[\s\u00a0\u202f']/g, '');
  const lastSep = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
  if (lastSep === -1) return Number(digits);
  const decimals = digits.length - lastSep - 1;
  if (decimals === 3) return Number(digits.replace(/[,.]/g, ''));
  const whole = digits.slice(0, lastSep).replace(/[,.]/g, '');
  return Number(`${whole}.${digits.slice(lastSep + 1)}`);
}

function currencyOf(token: string): string {
  return SYMBOLS[token] ?? WORDS[token.toLowerCase()] ?? token.toUpperCase();
}

export function findAmounts(text: string, base = 0): FactMention[] {
  const out: FactMention[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const g = m.groups ?? {};
    const number = g.pn ?? g.sn ?? '';
    const currency = currencyOf(g.pc ?? g.sc ?? g.pt ?? '');
    const value = parseAmountNumber(number);
    if (!Number.isFinite(value)) continue;
    const matched = m[0].replace(/[\s\u00a0\u202f]+$/, '');
    out.push({
      kind: 'amount',
      start: base + m.index,
      end: base + m.index + matched.length,
      text: matched,
      value: `${value.toFixed(2)} ${currency}`,
    });
  }
  return out;
}
