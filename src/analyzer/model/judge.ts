import { FACT_KINDS } from '../../shared/vocab';
import { LineCache } from '../text/line-cache';
import type { ToneJudge } from '../types';
import { mergeModel, type ScoredClause } from './apply';
import type { ToneModel, UnitScore } from './classifier';
import {
  type ClauseInput,
  type LineSource,
  type LineSpan,
  lineInputs,
  mapPerCategory,
  unitInputs,
} from './clauses';
import {
  type Extracted,
  emailWideFeatures,
  extractFeatures,
  type FeatureConfig,
  lineFeatures,
  type UnitContext,
} from './features';
import type { Granularity } from './units';

/**
 * The model's side of one analyzer: a line's clauses, their scores and the line's features depend only on
 * the line and what was found in it, so they are cached and a keystroke re-reads one line.
 */
export function createJudge(model: ToneModel): ToneJudge {
  // Keyed by the line's text, then by its context: the text is hashed once per analysis for both granularities.
  const lineCache = new LineCache<Map<string, readonly ClauseInput[]>>();
  const clauseCache = new LineCache<Extracted>();
  const lineBucketCache = new LineCache<number[]>();
  const scores = new WeakMap<Extracted, UnitScore>();
  const reminder = model.reminderTally();
  const scoreOf = (features: Extracted): UnitScore => {
    let score = scores.get(features);
    if (!score) {
      score = model.scoreUnit(features);
      scores.set(features, score);
    }
    return score;
  };
  // Within a changed line, a clause's features depend only on its text, its sentence and what the rules found in it.
  const extract = (clauseText: string, ctx: UnitContext, config: FeatureConfig): Extracted => {
    const key = `${ctx.stage} ${ctx.lang} ${config.unreferenced && ctx.referenced} ${config.undated && ctx.dated} ${config.elsewhere ? elsewhereKey(ctx) : ''} ${ctx.rules.join(',')} ${ctx.facts.join(',')} ${ctx.offsetInSentence} ${clauseText.length} ${ctx.sentence}`;
    let features = clauseCache.get(key);
    if (!features) {
      features = extractFeatures(clauseText, ctx, config);
      clauseCache.set(key, features);
    }
    return features;
  };
  const ofLine = (line: LineSource, granularity: Granularity): readonly ClauseInput[] => {
    let byContext = lineCache.get(line.text);
    if (!byContext) {
      byContext = new Map();
      lineCache.set(line.text, byContext);
    }
    const key = contextKey(line, granularity);
    let inputs = byContext.get(key);
    if (!inputs) {
      inputs = lineInputs(line, granularity, extract);
      byContext.set(key, inputs);
    }
    return inputs;
  };
  return {
    judge({ text, base, lines, disabled, isAllowed }) {
      const { lang, stage, facts } = base;
      const ruleFindings = base.findings.filter((f) => f.category !== 'inconsistent');
      const inputs = unitInputs({ text, lang, stage, ruleFindings, facts, config: model.config, ofLine });
      const byCategory = mapPerCategory(inputs, (list): ScoredClause[] =>
        list.map(({ unit, features }) => ({ unit, tokens: features.tokens, score: scoreOf(features) })),
      );
      lineCache.rotate();
      clauseCache.rotate();
      reminder.update(
        lines.map((line) => {
          const key = `${lang} ${line}`;
          let buckets = lineBucketCache.get(key);
          if (!buckets) {
            buckets = model.reminderBuckets(lineFeatures(line, lang));
            lineBucketCache.set(key, buckets);
          }
          return buckets;
        }),
      );
      lineBucketCache.rotate();
      const reminderProbability = reminder.probability(
        emailWideFeatures({
          lang,
          facts: FACT_KINDS.filter((k) => facts[k].length > 0),
          rules: ruleFindings.map((f) => f.rule),
        }),
      );
      return mergeModel(text, base, byCategory, reminderProbability, {
        thresholds: model.thresholds,
        disabled,
        isAllowed,
      });
    },
  };
}

/**
 * Everything besides its text that a line's inputs depend on. Findings elsewhere count up to two, so the email's
 * totals enter only as far as they can change a clause of this line: at most two beyond the line's own findings.
 */
function contextKey(line: LineSource, granularity: Granularity): string {
  const { config } = line;
  let elsewhere = '';
  if (config.elsewhere) {
    const own = { aggressive: 0, vague: 0 };
    for (const { category } of line.rules) if (category) own[category]++;
    elsewhere = `${Math.min(line.total.aggressive, own.aggressive + 2)},${Math.min(line.total.vague, own.vague + 2)}`;
  }
  return `${granularity} ${config.stage ? line.stage : ''} ${line.lang} ${config.unreferenced && line.referenced} ${config.undated && line.dated} ${elsewhere} ${spansKey(line.rules)} ${spansKey(line.facts)}`;
}

function spansKey(spans: readonly LineSpan[]): string {
  let key = '';
  for (const s of spans) key += `${s.start}-${s.end}-${s.label}-${s.category ?? ''},`;
  return key;
}

/** What the elsewhere features read of a clause's context (counts above two are one feature). */
function elsewhereKey(ctx: UnitContext): string {
  return `${Math.min(2, ctx.elsewhere?.aggressive ?? 0)}${Math.min(2, ctx.elsewhere?.vague ?? 0)}`;
}
