import { type Lang, type Stage, TONE_CATEGORIES, type ToneCategory } from '../../shared/vocab';
import { type Token, tokenize } from '../lang/index';
import { firstNotBefore } from '../text/bisect';
import { type Segment, splitLines } from '../text/segment';
import type { Facts, Finding } from '../types';
import {
  type Extracted,
  extractFeatures,
  type FeatureConfig,
  granularityOf,
  type UnitContext,
} from './features';
import { type Granularity, type Unit, unitsOfLine } from './units';

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
  /** The inputs of one line (`lineInputs`), or a cache in front of it. */
  ofLine?: (line: LineSource, granularity: Granularity) => readonly ClauseInput[];
}

/** A span found in a line: offsets into the line (clipped to it), and what it is. */
export interface LineSpan {
  start: number;
  end: number;
  label: string;
  category?: 'aggressive' | 'vague';
}

/**
 * One line as the model reads it: everything its units' features depend on, so that equal sources give equal
 * inputs (the analyzer caches them per line, and a keystroke re-reads one line).
 */
export interface LineSource {
  text: string;
  lang: Lang;
  stage: Stage;
  config: FeatureConfig;
  /** Whether the email gives an invoice reference or an amount anywhere; a due date or a deadline. */
  referenced: boolean;
  dated: boolean;
  /** The rules' findings and the facts overlapping the line, in the order the email lists them. */
  rules: readonly LineSpan[];
  facts: readonly LineSpan[];
  /** Rule findings per category in the whole email. */
  total: { aggressive: number; vague: number };
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
  { text, lang, stage, ruleFindings, facts, config, ofLine = lineInputs }: UnitSource,
  granularity: Granularity = config.granularity,
): ClauseInput[] {
  const lines = splitLines(text);
  const rulesIn = spansByLine(
    lines,
    ruleFindings.map((f) => ({
      start: f.start,
      end: f.end,
      label: f.rule,
      category: f.category === 'aggressive' || f.category === 'vague' ? f.category : undefined,
    })),
  );
  const factsIn = spansByLine(
    lines,
    Object.values(facts)
      .flat()
      .map((f) => ({ start: f.start, end: f.end, label: f.kind })),
  );
  const total = { aggressive: 0, vague: 0 };
  for (const f of ruleFindings)
    if (f.category === 'aggressive' || f.category === 'vague') total[f.category]++;
  const referenced = facts.invoice.length > 0 || facts.amount.length > 0;
  const dated = facts.dueDate.length > 0 || facts.deadline.length > 0;
  const out: ClauseInput[] = [];
  lines.forEach((line, i) => {
    const inputs = ofLine(
      {
        text: line.text,
        lang,
        stage,
        config,
        referenced,
        dated,
        rules: rulesIn[i] ?? [],
        facts: factsIn[i] ?? [],
        total,
      },
      granularity,
    );
    for (const input of inputs) out.push({ unit: shifted(input.unit, line.start), features: input.features });
  });
  return out;
}

/** The inputs of one line, with units' offsets into the line; `extract` may be a cache in front of the extractor. */
export function lineInputs(
  source: LineSource,
  granularity: Granularity,
  extract: (text: string, ctx: UnitContext, config: FeatureConfig) => Extracted = extractFeatures,
): ClauseInput[] {
  const { text, lang, stage, config, referenced, dated, total } = source;
  const units = unitsOfLine(text, granularity);
  const rulesIn = overlapping(units, source.rules);
  const factsIn = overlapping(units, source.facts);
  const sentences = new Map<number, Token[]>();
  return units.map((unit, i) => {
    const rules = labels(rulesIn[i]);
    const factKinds = labels(factsIn[i]);
    const sentence = text.slice(unit.sentenceStart, unit.sentenceEnd);
    let sentenceTokens = sentences.get(unit.sentenceStart);
    if (!sentenceTokens) {
      sentenceTokens = tokenize(sentence);
      sentences.set(unit.sentenceStart, sentenceTokens);
    }
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
        sentenceTokens,
        elsewhere: config.elsewhere ? elsewhere(total, rulesIn[i]) : undefined,
      },
      config,
    );
    return { unit, features };
  });
}

function shifted(unit: Unit, by: number): Unit {
  return {
    ...unit,
    start: unit.start + by,
    end: unit.end + by,
    sentenceStart: unit.sentenceStart + by,
    sentenceEnd: unit.sentenceEnd + by,
  };
}

/** Each line's spans (clipped to the line, offsets into it), a binary search per span. */
function spansByLine(lines: readonly Segment[], spans: readonly LineSpan[]): LineSpan[][] {
  const out: LineSpan[][] = lines.map(() => []);
  for (const span of spans) {
    const first = firstNotBefore(lines, (line) => line.start + line.text.length < span.start);
    for (let i = first; i < lines.length; i++) {
      const line = lines[i] as Segment;
      if (line.start >= span.end) break;
      const start = Math.max(0, span.start - line.start);
      const end = Math.min(line.text.length, span.end - line.start);
      out[i]?.push({ ...span, start, end });
    }
  }
  return out;
}

/** For each unit (in text order), the spans that overlap it, a binary search per span. */
function overlapping<T extends { start: number; end: number }>(
  units: readonly Unit[],
  spans: readonly T[],
): T[][] {
  const out: T[][] = units.map(() => []);
  for (const span of spans) {
    const first = firstNotBefore(units, (unit) => unit.end <= span.start);
    for (let i = first; i < units.length && (units[i] as Unit).start < span.end; i++) out[i]?.push(span);
  }
  return out;
}

/** Rule findings per category outside a unit: the email's totals less the findings inside it. */
function elsewhere(
  total: { aggressive: number; vague: number },
  inside: readonly LineSpan[] | undefined,
): { aggressive: number; vague: number } {
  const out = { ...total };
  for (const { category } of inside ?? []) if (category) out[category]--;
  return out;
}

/** The distinct labels of some spans, sorted. */
function labels(spans: readonly LineSpan[] | undefined): string[] {
  return [...new Set((spans ?? []).map((s) => s.label))].sort();
}
