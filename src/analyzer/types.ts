export const STAGES = ['upcoming', 'due', 'overdue', 'firm', 'final', 'correction'] as const;
export type Stage = (typeof STAGES)[number];

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export type Category = 'aggressive' | 'vague' | 'inconsistent';
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Id of the rule that produced it (a rule can be switched off by this id). */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analyzed text; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Why it is flagged, in one sentence. */
  message: string;
  /** Ready-to-apply replacements; `[placeholders]` mark values the user must fill in. */
  suggestions: string[];
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

export interface FactMention {
  kind: FactKind;
  start: number;
  end: number;
  text: string;
  /** Normalised value: `1250.00 EUR`, an ISO date `2025-04-02`, `today`, `6 days late`, an invoice code… */
  value: string;
}

export type Facts = Record<FactKind, FactMention[]>;

export type ToneLabel = 'friendly' | 'professional' | 'firm' | 'aggressive';
export interface Tone {
  /** 0 = warm and friendly … 100 = hostile. */
  score: number;
  label: ToneLabel;
}

export interface Report {
  stage: Stage;
  /** How the stage was decided. */
  stageSource: 'given' | 'inferred' | 'default';
  lang: Lang;
  findings: Finding[];
  facts: Facts;
  missing: RequiredFact[];
  tone: Tone;
}

export interface AnalyzeOptions {
  stage?: Stage;
  lang?: Lang;
  /** Reference date for "today", relative dates and the overdue check (default: now). */
  today?: Date;
  /** Rule ids to switch off. */
  disabledRules?: readonly string[];
  /** Phrases never to flag (case-insensitive, matched against a finding's text). */
  allow?: readonly string[];
  /** Extra phrases to flag, with the category they belong to. */
  flag?: readonly { phrase: string; category: 'aggressive' | 'vague'; message?: string }[];
}
