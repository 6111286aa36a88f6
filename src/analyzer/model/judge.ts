import { FACT_KINDS } from '../../shared/vocab';
import { LineCache } from '../text/line-cache';
import type { ToneJudge } from '../types';
import { mergeModel, type ScoredClause } from './apply';
import type { ToneModel } from './classifier';
import { clauseInputs } from './clauses';
import { emailFeatures, lineFeatures } from './features';

/**
 * The model's side of one analyzer: clause scores and line features depend only on their own text and
 * context, so they are cached and a keystroke re-scores one clause.
 */
export function createJudge(model: ToneModel): ToneJudge {
  const clauseCache = new LineCache<ScoredClause['score']>();
  const lineFeatureCache = new LineCache<string[]>();
  return {
    judge({ text, base, lines, disabled, isAllowed }) {
      const { lang, stage, facts } = base;
      const ruleFindings = base.findings.filter((f) => f.category !== 'inconsistent');
      const clauses: ScoredClause[] = clauseInputs(text, lang, stage, ruleFindings, facts, model.config).map(
        ({ unit, features }) => {
          const key = `${stage} ${lang} ${features.names.join(' ')}`;
          let score = clauseCache.get(key);
          if (!score) {
            score = model.scoreUnit(features);
            clauseCache.set(key, score);
          }
          return { unit, tokens: features.tokens, score };
        },
      );
      clauseCache.rotate();
      const perLine = lines.map((line) => {
        const key = `${lang} ${line}`;
        let names = lineFeatureCache.get(key);
        if (!names) {
          names = lineFeatures(line, lang);
          lineFeatureCache.set(key, names);
        }
        return names;
      });
      lineFeatureCache.rotate();
      const reminder = model.reminderProbability(
        emailFeatures(perLine, {
          lang,
          facts: FACT_KINDS.filter((k) => facts[k].length > 0),
          rules: ruleFindings.map((f) => f.rule),
        }),
      );
      return mergeModel(text, base, clauses, reminder, { thresholds: model.thresholds, disabled, isAllowed });
    },
  };
}
