import type { Lang, Stage } from '../../shared/vocab';
import type { Facts, Finding } from '../types';
import { type Extracted, extractFeatures, type FeatureConfig, type UnitContext } from './features';
import { type Granularity, splitUnits, type Unit, unitsOfLine } from './units';

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
  ofLine: (line: string, granularity: Granularity) => readonly Unit[] = unitsOfLine,
): ClauseInput[] {
  const units = splitUnits(text, config.granularity, ofLine);
  const rulesIn = overlapping(units, ruleFindings, (f) => f.rule);
  const factsIn = overlapping(units, Object.values(facts).flat(), (f) => f.kind);
  const referenced = facts.invoice.length > 0 || facts.amount.length > 0;
  const dated = facts.dueDate.length > 0 || facts.deadline.length > 0;
  return units.map((unit, i) => {
    const rules = [...(rulesIn[i] ?? [])].sort();
    const factKinds = [...(factsIn[i] ?? [])].sort();
    const sentence = text.slice(unit.sentenceStart, unit.sentenceEnd);
    const features = extract(
      unit.text,
      {
        lang,
        stage,
        rules,
        facts: factKinds,
        referenced,
        dated,
        sentence,
        offsetInSentence: unit.start - unit.sentenceStart,
      },
      config,
    );
    return { unit, features };
  });
}

/** For each unit (in text order), the labels of the spans that overlap it: a binary search per span, not units × spans. */
function overlapping<T extends { start: number; end: number }>(
  units: readonly Unit[],
  spans: readonly T[],
  label: (span: T) => string,
): Set<string>[] {
  const out = units.map(() => new Set<string>());
  for (const span of spans) {
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((units[mid] as Unit).end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < units.length && (units[i] as Unit).start < span.end; i++) out[i]?.add(label(span));
  }
  return out;
}
