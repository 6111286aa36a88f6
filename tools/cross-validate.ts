/** Leave-one-author-out: train on every author but one, score the one left out, for every author. */
import type { Report } from '../src/analyzer/index';
import { mergeModel, type ScoredClause } from '../src/analyzer/model/apply';
import { type LangThresholds, NEVER, type Thresholds } from '../src/analyzer/model/classifier';
import type { FeatureConfig } from '../src/analyzer/model/features';
import type { ToneCategory } from '../src/shared/vocab';
import type { PreparedEmail } from './dataset';
import { DEFAULT_THRESHOLDS, fitModel, type HeldOut, scoreHeldOut } from './fit';
import type { LearnOptions } from './learn';
import { type Scored, scoreCorpus } from './score';

export function crossValidate(
  data: readonly PreparedEmail[],
  config: FeatureConfig,
  learn: Partial<LearnOptions> = {},
): HeldOut[] {
  const authors = [...new Set(data.map((d) => d.email.author))].sort();
  const out: HeldOut[] = [];
  for (const author of authors) {
    const train = data.filter((d) => d.email.author !== author);
    const test = data.filter((d) => d.email.author === author);
    const file = fitModel(
      train,
      config,
      DEFAULT_THRESHOLDS,
      { probe: '', corpusHash: '', authors: authors.length - 1 },
      learn,
    );
    out.push(...scoreHeldOut(file, test));
  }
  return out;
}

/** The analyzer's report for a held-out email under given thresholds (the same merge the analyzer runs). */
export function reportFor(h: HeldOut, thresholds: Thresholds): Report {
  const scoredUnits = (category: ToneCategory): ScoredClause[] =>
    h.prepared.units[category].map((c, i) => ({
      unit: c.unit,
      tokens: c.tokens,
      score: h.scores[category][i] as ScoredClause['score'],
    }));
  const aggressive = scoredUnits('aggressive');
  const units = {
    aggressive,
    vague: h.prepared.units.vague === h.prepared.units.aggressive ? aggressive : scoredUnits('vague'),
  };
  return mergeModel(h.prepared.email.text, h.prepared.rules, units, h.reminder, {
    thresholds,
    disabled: new Set(),
    isAllowed: () => false,
  });
}

export function scoreHeld(
  held: readonly HeldOut[],
  thresholds: Thresholds,
  filter?: (h: HeldOut) => boolean,
): Scored {
  const chosen = filter ? held.filter(filter) : held;
  const reports = new Map(chosen.map((h) => [h.prepared.email.id, reportFor(h, thresholds)]));
  return scoreCorpus(
    chosen.map((h) => h.prepared.email),
    reports,
  );
}

const grid = (from: number, to: number, step: number): number[] => {
  const out: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 100) / 100);
  return out;
};

/**
 * Thresholds chosen on the held-out predictions, precision first: the reminder threshold that classifies
 * best; then, per category, the model threshold and the veto with the best F0.5 (precision weighted twice
 * recall; ties: fewer clean emails with a false alarm), then the bars for rescuing a vetoed rule finding by its
 * own words and for flagging what is left of a clause beside a rule's finding (each may stay off); last, the
 * bar for plain hostility in ordinary emails that keeps them cleanest without missing what they hold. A hard
 * precision floor was tried first: where the floor was just within reach it bought a few points of precision
 * with a fifth of the recall; tried again at 0.90 on 65 authors, it let precision fall below the floor once
 * ordinary emails counted, and tripled the clean emails with a false alarm.
 */
export function chooseThresholds(held: readonly HeldOut[]): Thresholds {
  return {
    en: chooseForLanguage(held.filter((h) => h.prepared.rules.lang === 'en')),
    fr: chooseForLanguage(held.filter((h) => h.prepared.rules.lang === 'fr')),
  };
}

function chooseForLanguage(held: readonly HeldOut[]): LangThresholds {
  const d = DEFAULT_THRESHOLDS.en;
  const rescue = { aggressive: NEVER, vague: NEVER, ...d.rescue };
  const residual = { aggressive: NEVER, vague: NEVER, ...d.residual };
  const companion = { aggressive: NEVER, vague: NEVER, ...d.companion };
  const lt: LangThresholds = { ...d, veto: { ...d.veto }, rescue, residual, companion };
  // Both languages share the object: the held-out emails are all of one language.
  const t: Thresholds = { en: lt, fr: lt };
  let bestErr = Infinity;
  for (const r of grid(0.1, 0.9, 0.05)) {
    let err = 0;
    for (const h of held) if (h.reminder >= r !== h.prepared.email.reminder) err++;
    if (err < bestErr) {
      bestErr = err;
      lt.reminder = r;
    }
  }
  const reminders = held.filter((h) => h.prepared.email.reminder);
  const f05 = (category: 'aggressive' | 'vague') => {
    const s = scoreHeld(reminders, t).all;
    const { precision, recall } = s[category];
    return {
      f: (1.25 * precision * recall) / (0.25 * precision + recall || 1),
      clean: s.cleanWithFalseAlarm,
    };
  };
  const better = (a: { f: number; clean: number }, b: { f: number; clean: number } | null) =>
    !b || a.f > b.f || (a.f === b.f && a.clean < b.clean);
  for (const category of ['aggressive', 'vague'] as const) {
    let best: { f: number; clean: number; x: number; v: number } | null = null;
    for (const v of [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]) {
      for (const x of grid(0.3, 0.95, 0.05)) {
        lt[category] = x;
        lt.veto[category] = v;
        const score = f05(category);
        if (better(score, best)) best = { ...score, x, v };
      }
    }
    if (best) {
      lt[category] = best.x;
      lt.veto[category] = best.v;
    }
    // Then whether to rescue vetoed findings by their own words, and to flag what is left beside a rule's
    // finding, each at the bar that scores best (or never).
    for (const knob of [rescue, residual]) {
      let bestBar: { f: number; clean: number; x: number } | null = null;
      for (const x of [NEVER, ...grid(0.5, 0.95, 0.05), 0.98, 0.99]) {
        knob[category] = x;
        const score = f05(category);
        if (better(score, bestBar)) bestBar = { ...score, x };
      }
      knob[category] = bestBar?.x ?? NEVER;
    }
  }
  // Then the companion bar, for a clause in an email that already carries a finding of its category: below the
  // category's own threshold, or never.
  for (const category of ['aggressive', 'vague'] as const) {
    let bestBar: { f: number; clean: number; x: number } | null = null;
    for (const x of [NEVER, ...grid(0.1, lt[category] - 0.05, 0.05)]) {
      companion[category] = x;
      const score = f05(category);
      if (better(score, bestBar)) bestBar = { ...score, x };
    }
    companion[category] = bestBar?.x ?? NEVER;
  }
  const ordinary = held.filter((h) => !h.prepared.email.reminder);
  let bestCost = Infinity;
  let bar = lt.aggressive;
  for (const x of grid(lt.aggressive, 0.99, 0.01)) {
    lt.aggressiveOrdinary = x;
    const s = scoreHeld(ordinary, t).all;
    const cost = s.ordinaryWithFalseAlarm + (1 - s.aggressive.recall) * s.ordinary;
    if (cost < bestCost) {
      bestCost = cost;
      bar = x;
    }
  }
  lt.aggressiveOrdinary = bar;
  return lt;
}
