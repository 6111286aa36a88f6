import { type Lang, type Stage, TONE_CATEGORIES, type ToneCategory } from '../../shared/vocab';
import type { Facts, Finding } from '../types';
import {
  type Extracted,
  extractFeatures,
  type FeatureConfig,
  granularityOf,
  type UnitContext,
} from './features';
import { type Granularity, splitUnits, type Unit, unitsOfLine } from './units';

export interface ClauseInput {
  unit: Unit;
  features: Extracted;
}

/** The units each category is judged over: one list for both, or clauses and phrases. */
export type PerCategory<T> = Record<ToneCategory, T>;

/** Maps each category's list, once for a list both categories share (so they keep sharing it). */
export function mapPerCategory<T, U>(lists: PerCategory<T>, f: (list: T) => U): PerCategory<U> {
  const done = new Map<T, U>();
  const out = {} as PerCategory<U>;
  for (const category of TONE_CATEGORIES) {
    const list = lists[category];
    let mapped = done.get(list);
    if (mapped === undefined) {
      mapped = f(list);
      done.set(list, mapped);
    }
    out[category] = mapped;
  }
  return out;
}

/** An email as the unit builders read it: its text and what the rules and fact finders found in it. */
export interface UnitSource {
  text: string;
  lang: Lang;
  stage: Stage;
  ruleFindings: readonly Finding[];
  facts: Facts;
  config: FeatureConfig;
  /** The feature extractor, or a cache in front of it. */
  extract?: (text: string, ctx: UnitContext, config: FeatureConfig) => Extracted;
  /** The units of one line, or a cache in front of them. */
  ofLine?: (line: string, granularity: Granularity) => readonly Unit[];
}

/** `clauseInputs` for each category's granularity, computed once when both share it. */
export function unitInputs(source: UnitSource): PerCategory<ClauseInput[]> {
  const byGranularity = new Map<Granularity, ClauseInput[]>();
  const out = {} as PerCategory<ClauseInput[]>;
  for (const category of TONE_CATEGORIES) {
    const granularity = granularityOf(source.config, category);
    let inputs = byGranularity.get(granularity);
    if (!inputs) {
      inputs = clauseInputs(source, granularity);
      byGranularity.set(granularity, inputs);
    }
    out[category] = inputs;
  }
  return out;
}

/**
 * The units of an email at one granularity with the features the model reads, given what the rules and fact
 * finders already found: shared by the analyzer and the trainer, so both see exactly the same thing.
 */
export function clauseInputs(
  {
    text,
    lang,
    stage,
    ruleFindings,
    facts,
    config,
    extract = extractFeatures,
    ofLine = unitsOfLine,
  }: UnitSource,
  granularity: Granularity = config.granularity,
): ClauseInput[] {
  const units = splitUnits(text, granularity, ofLine);
  const rulesIn = overlapping(units, ruleFindings, (f) => f.rule);
  const factsIn = overlapping(units, Object.values(facts).flat(), (f) => f.kind);
  const findingsIn = config.elsewhere
    ? overlapping(
        units,
        ruleFindings.map((f, i) => ({ start: f.start, end: f.end, index: String(i) })),
        (f) => f.index,
      )
    : [];
  const total = { aggressive: 0, vague: 0 };
  for (const f of ruleFindings)
    if (f.category === 'aggressive' || f.category === 'vague') total[f.category]++;
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
        elsewhere: elsewhere(total, findingsIn[i], ruleFindings),
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

/** Rule findings per category outside a unit: the email's totals less the findings inside it (by index). */
function elsewhere(
  total: { aggressive: number; vague: number },
  inside: ReadonlySet<string> | undefined,
  ruleFindings: readonly Finding[],
): { aggressive: number; vague: number } {
  const out = { ...total };
  for (const index of inside ?? []) {
    const category = ruleFindings[Number(index)]?.category;
    if (category === 'aggressive' || category === 'vague') out[category]--;
  }
  return out;
}
