import type { Category, FactKind, Kind, Lang, RequiredFact, Stage } from '../shared/vocab';

export type { Category, FactKind, Kind, Lang, RequiredFact, Stage, ToneCategory } from '../shared/vocab';
export {
  AGGRESSIVE_KINDS,
  CATEGORIES,
  FACT_KINDS,
  KINDS,
  LANGS,
  REQUIRED_FACTS,
  STAGES,
  TONE_CATEGORIES,
  VAGUE_KINDS,
} from '../shared/vocab';

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
  /** What is wrong, in the tone guide's words (`threat`, `hedging`…); absent for consistency findings. */
  kind?: Kind;
  /** Whether a phrase rule or the learned tone model found it. */
  source: 'rule' | 'model';
  /** 0–1: how sure the analyzer is (rule and model agreeing raise it). */
  confidence: number;
  /** The words that weighed most in a model finding. */
  why?: string[];
  /** A rule finding whose phrase alone does not carry the tone: the model may overrule it at every stage. */
  tentative?: true;
}

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

/** Whether the draft asks to be paid (an invoice sent, a reminder, a final notice, a billing correction). */
export interface ReminderJudgement {
  is: boolean;
  /** 0–1: the model's probability that the draft is a payment request. */
  confidence: number;
}

export interface Report {
  /** Whether this is a payment request at all; when it is not, only plain hostility is reported. */
  reminder: ReminderJudgement;
  /** The collection stage; null when the draft is not a payment request. */
  stage: Stage | null;
  /** How the stage was decided. */
  stageSource: 'given' | 'inferred' | 'default';
  lang: Lang;
  findings: Finding[];
  facts: Facts;
  missing: RequiredFact[];
  tone: Tone;
}

export interface AnalyzeOptions {
  /** The learned tone model; `null` for the phrase rules alone (default: the shipped model). */
  model?: ToneJudgeSource | null;
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

/** The phrase rules' report, before the model decides whether the draft is a payment request: it has a stage. */
export interface RulesReport extends Report {
  stage: Stage;
}

/** What the analyzer asks of a learned model: a judge per analyzer, which may cache what it learnt per clause. */
export interface ToneJudgeSource {
  createJudge(): ToneJudge;
}

export interface ToneJudge {
  /** Adds the model's judgement to the rules' report on `text` (split into `lines`). */
  judge(input: {
    text: string;
    base: RulesReport;
    lines: readonly string[];
    disabled: ReadonlySet<string>;
    isAllowed: (found: string) => boolean;
  }): Report;
}
