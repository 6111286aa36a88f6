import { FACT_KINDS } from '../../shared/vocab';
import { LineCache } from '../text/line-cache';
import type { ToneJudge } from '../types';
import { mergeModel, type ScoredClause } from './apply';
import type { ToneModel } from './classifier';
import { mapPerCategory, unitInputs } from './clauses';
import {
  type Extracted,
  emailWideFeatures,
  extractFeatures,
  type FeatureConfig,
  lineFeatures,
  type UnitContext,
} from './features';
import { type Granularity, type Unit, unitsOfLine } from './units';

/**
 * The model's side of one analyzer: clause scores and line features depend only on their own text and
 * context, so they are cached and a keystroke re-scores one clause.
 */
export function createJudge(model: ToneModel): ToneJudge {
  const clauseCache = new LineCache<{ features: Extracted; score: ScoredClause['score'] }>();
  const lineBucketCache = new LineCache<number[]>();
  const unitCache = new LineCache<readonly Unit[]>();
  const reminder = model.reminderTally();
  const units = (line: string, granularity: Granularity): readonly Unit[] => {
    const key = `${granularity} ${line}`;
    let u = unitCache.get(key);
    if (!u) {
      u = unitsOfLine(line, granularity);
      unitCache.set(key, u);
    }
    return u;
  };
  return {
    judge({ text, base, lines, disabled, isAllowed }) {
      const { lang, stage, facts } = base;
      const ruleFindings = base.findings.filter((f) => f.category !== 'inconsistent');
      // A clause's features and score depend only on its text, its sentence and what the rules found in it.
      const cached = (clauseText: string, ctx: UnitContext, config: FeatureConfig): Extracted => {
        const key = `${ctx.stage} ${ctx.lang} ${config.unreferenced && ctx.referenced} ${config.undated && ctx.dated} ${config.elsewhere ? elsewhereKey(ctx) : ''} ${ctx.rules.join(',')} ${ctx.facts.join(',')} ${ctx.offsetInSentence} ${clauseText.length} ${ctx.sentence}`;
        let entry = clauseCache.get(key);
        if (!entry) {
          const features = extractFeatures(clauseText, ctx, config);
          entry = { features, score: model.scoreUnit(features) };
          clauseCache.set(key, entry);
        }
        scores.set(entry.features, entry.score);
        return entry.features;
      };
      const scores = new Map<Extracted, ScoredClause['score']>();
      const inputs = unitInputs({
        text,
        lang,
        stage,
        ruleFindings,
        facts,
        config: model.config,
        extract: cached,
        ofLine: units,
      });
      const byCategory = mapPerCategory(inputs, (list): ScoredClause[] =>
        list.map(({ unit, features }) => ({
          unit,
          tokens: features.tokens,
          score: scores.get(features) as ScoredClause['score'],
        })),
      );
      clauseCache.rotate();
      unitCache.rotate();
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

/** What the elsewhere features read of a clause's context (counts above two are one feature). */
function elsewhereKey(ctx: UnitContext): string {
  return `${Math.min(2, ctx.elsewhere?.aggressive ?? 0)}${Math.min(2, ctx.elsewhere?.vague ?? 0)}`;
}
