import type { Lang, Stage } from '../../shared/vocab';
import type { Facts, Finding } from '../types';
import { type Extracted, extractFeatures, type FeatureConfig, type UnitContext } from './features';
import { splitUnits, type Unit } from './units';

export interface ClauseInput {
  unit: Unit;
  features: Extracted;
}

/**
 * The clauses of an email with the features the model reads, given what the rules and fact finders already
 * found: shared by the analyzer and the trainer, so both see exactly the same thing.
 */
export function clauseInputs(
  text: string,
  lang: Lang,
  stage: Stage,
  ruleFindings: readonly Finding[],
  facts: Facts,
  config: FeatureConfig,
  extract: (text: string, ctx: UnitContext, config: FeatureConfig) => Extracted = extractFeatures,
): ClauseInput[] {
  const allFacts = Object.values(facts).flat();
  return splitUnits(text, config.granularity).map((unit) => {
    const rules = [
      ...new Set(ruleFindings.filter((f) => f.start < unit.end && unit.start < f.end).map((f) => f.rule)),
    ].sort();
    const factKinds = [
      ...new Set(allFacts.filter((f) => f.start < unit.end && unit.start < f.end).map((f) => f.kind)),
    ].sort();
    const sentence = text.slice(unit.sentenceStart, unit.sentenceEnd);
    const features = extract(
      unit.text,
      { lang, stage, rules, facts: factKinds, sentence, offsetInSentence: unit.start - unit.sentenceStart },
      config,
    );
    return { unit, features };
  });
}
