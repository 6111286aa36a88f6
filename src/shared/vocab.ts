/** The product's vocabulary, declared once: every module imports these instead of spelling the values again. */

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const STAGES = ['upcoming', 'due', 'overdue', 'firm', 'final', 'correction'] as const;
export type Stage = (typeof STAGES)[number];

export const CATEGORIES = ['aggressive', 'vague', 'inconsistent'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The categories a tone finding (rule or model) can have; `inconsistent` is about facts, not wording. */
export const TONE_CATEGORIES = ['aggressive', 'vague'] as const;
export type ToneCategory = (typeof TONE_CATEGORIES)[number];

export const AGGRESSIVE_KINDS = [
  'threat',
  'intimidation',
  'blame',
  'shouting',
  'contempt',
  'sarcasm',
  'condescension',
  'guilt',
  'commanding',
] as const;
export const VAGUE_KINDS = ['vague-time', 'vague-reference', 'hedging', 'vague-cta'] as const;
export const KINDS = [...AGGRESSIVE_KINDS, ...VAGUE_KINDS] as const;
export type AggressiveKind = (typeof AGGRESSIVE_KINDS)[number];
export type VagueKind = (typeof VAGUE_KINDS)[number];
export type Kind = (typeof KINDS)[number];

export const KINDS_BY_CATEGORY: Readonly<Record<ToneCategory, readonly Kind[]>> = {
  aggressive: AGGRESSIVE_KINDS,
  vague: VAGUE_KINDS,
};

export function categoryOfKind(kind: Kind): ToneCategory {
  return (AGGRESSIVE_KINDS as readonly string[]).includes(kind) ? 'aggressive' : 'vague';
}

export const FACT_KINDS = [
  'amount',
  'invoice',
  'dueDate',
  'paymentInstructions',
  'deadline',
  'contact',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];
/** The facts a client needs to pay; what is absent of these is reported in `missing`. */
export const REQUIRED_FACTS = ['amount', 'invoice', 'dueDate', 'paymentInstructions'] as const;
export type RequiredFact = (typeof REQUIRED_FACTS)[number];
