/** Turns labelled emails into what the learner reads: clauses with features and labels, and email-level features. */
import type { RulesReport } from '../src/analyzer/index';
import {
  type ClauseInput,
  mapPerCategory,
  type PerCategory,
  unitInputs,
} from '../src/analyzer/model/clauses';
import { emailFeatures, type FeatureConfig, lineFeatures } from '../src/analyzer/model/features';
import type { Unit } from '../src/analyzer/model/units';
import { splitLines } from '../src/analyzer/text/segment';
import type { Finding } from '../src/analyzer/types';
import { FACT_KINDS, type Kind, TONE_CATEGORIES, type ToneCategory } from '../src/shared/vocab';
import { analyzeLabelled, type LabelledEmail, type Span } from './corpus';

/** A label is 1 (carries the tone), 0 (fine) or null (borderline: left out of training). */
export type Label = 0 | 1 | null;

export interface PreparedClause {
  unit: Unit;
  names: string[];
  tokenOf: number[];
  tokens: ClauseInput['features']['tokens'];
  labels: Record<ToneCategory, Label>;
  kind: Kind | null;
}

export interface PreparedEmail {
  email: LabelledEmail;
  /** The phrase rules' report alone (the model adds to it). */
  rules: RulesReport;
  /** The units each category's head reads (the same list for both when they share a granularity). */
  units: PerCategory<PreparedClause[]>;
  emailNames: string[];
}

const overlapLength = (a: { start: number; end: number }, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function prepare(emails: readonly LabelledEmail[], config: FeatureConfig): PreparedEmail[] {
  return emails.map((email) => {
    const rules = analyzeLabelled(email, { model: null }) as RulesReport;
    const ruleFindings = rules.findings.filter((f) => f.category !== 'inconsistent');
    const inputs = unitInputs({
      text: email.text,
      lang: rules.lang,
      stage: rules.stage,
      ruleFindings,
      facts: rules.facts,
      config,
    });
    const units = mapPerCategory(inputs, (list) =>
      list.map((input) => labelUnit(email, rules, ruleFindings, input)),
    );
    const emailNames = emailFeatures(
      splitLines(email.text).map((l) => lineFeatures(l.text, rules.lang)),
      {
        lang: rules.lang,
        facts: FACT_KINDS.filter((k) => rules.facts[k].length > 0),
        rules: ruleFindings.map((f) => f.rule),
      },
    );
    return { email, rules, units, emailNames };
  });
}

function labelUnit(
  email: LabelledEmail,
  rules: RulesReport,
  ruleFindings: readonly Finding[],
  { unit, features }: ClauseInput,
): PreparedClause {
  const labels = {} as Record<ToneCategory, Label>;
  let kind: Kind | null = null;
  let best = 0;
  for (const cat of TONE_CATEGORIES) {
    const hits = email[cat].filter((s) => overlapLength(unit, s) > 0);
    for (const s of hits) {
      const o = overlapLength(unit, s);
      if (s.kind && o > best) {
        best = o;
        kind = s.kind;
      }
    }
    labels[cat] = hits.length ? 1 : email.either[cat].some((s) => overlapLength(unit, s) > 0) ? null : 0;
  }
  // The model does not see the stage: a consequence left unflagged in a final notice would teach it that
  // the same words are fine at every stage, so such clauses are left out.
  if (
    rules.stage === 'final' &&
    labels.aggressive === 0 &&
    ruleFindings.some((f) => f.kind === 'threat' && f.start < unit.end && unit.start < f.end)
  )
    labels.aggressive = null;
  // Vagueness is only a finding in a payment request: ordinary emails teach the vague head nothing.
  if (!email.reminder) labels.vague = null;
  return {
    unit,
    names: features.names,
    tokenOf: features.tokenOf,
    tokens: features.tokens,
    labels,
    kind,
  };
}
