import { categoryOfKind, type Kind, type Lang } from '../../shared/vocab';
import type { ToneJudge, ToneJudgeSource } from '../types';
import { BucketIndex } from './bucket-index';
import { decodeHeads, type EncodedHeads, type SparseHead } from './codec';
import type { Extracted, FeatureConfig } from './features';
import { hashFeature } from './hash';
import { createJudge } from './judge';

/** Decision thresholds for one language, chosen by the trainer on leave-one-author-out predictions (precision first). */
export interface LangThresholds {
  aggressive: number;
  vague: number;
  /** For plain hostility in a draft that is not a payment request. */
  aggressiveOrdinary: number;
  /** A rule finding the model scores below this (per category) is dropped as a false alarm. */
  veto: { aggressive: number; vague: number };
  /**
   * …unless its own words, judged apart from the rest of their clause, score at least this (a jab at the head of
   * a long factual clause). Above 1: never. Absent in weights trained before it.
   */
  rescue?: { aggressive: number; vague: number };
  /**
   * What is left of a clause once a rule's finding is set aside is flagged when it scores at least this.
   * Above 1: never. Absent in weights trained before it.
   */
  residual?: { aggressive: number; vague: number };
  /**
   * The bar for a clause in a payment email that already carries a finding of the same category elsewhere.
   * Above 1: never. Absent in weights trained before it.
   */
  companion?: { aggressive: number; vague: number };
  reminder: number;
}

export type Thresholds = Record<Lang, LangThresholds>;

/** A bar above any probability: a mechanism whose threshold the trainer left off. */
export const NEVER = 2;

export interface WeightsFile {
  meta: {
    featureVersion: number;
    /** A digest of the features extracted from fixed probe sentences: catches an extractor changed without a version bump. */
    probe: string;
    corpusHash: string;
    emails: number;
    authors: number;
    /** The leave-one-author-out figures the thresholds were chosen on. */
    figures?: Record<string, unknown>;
  };
  config: FeatureConfig;
  /** The clause heads, in the order of `TONE_CATEGORIES`. */
  clauses: { bits: number; heads: EncodedHeads };
  kinds: { classes: Kind[]; bits: number; heads: EncodedHeads };
  reminder: { bits: number; heads: EncodedHeads };
  thresholds: Thresholds;
}

export function bucketsOf(names: readonly string[], bits: number): number[] {
  return maskedBuckets(names.map(hashFeature), bits);
}

/** The distinct buckets of feature hashes in a table of 2^bits entries. */
function maskedBuckets(hashes: readonly number[], bits: number): number[] {
  const mask = 2 ** bits - 1;
  const seen = new Set<number>();
  for (const h of hashes) seen.add(h & mask);
  return [...seen];
}

/**
 * Each active feature counts 1/√n (the clause's feature vector has unit length), so a long clause full of
 * neutral words does not drown the few that carry its tone.
 */
export function featureValue(buckets: readonly number[]): number {
  return buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Heads read together over the same buckets, behind one lookup: a bucket costs one map read for all of them,
 * and the weights sit in one typed array instead of a map per head.
 */
export class HeadTable {
  private readonly biases: number[];
  private readonly index: BucketIndex;
  private readonly weights: Float64Array;

  constructor(heads: readonly SparseHead[]) {
    this.biases = heads.map((h) => h.bias);
    this.index = new BucketIndex(heads.flatMap((head) => [...head.weights.keys()]));
    const n = heads.length;
    this.weights = new Float64Array(this.index.size * n);
    heads.forEach((h, k) => {
      for (const [b, w] of h.weights) this.weights[this.index.get(b) * n + k] = w;
    });
  }

  /** Each head's logit over these buckets, in the heads' order. */
  logits(buckets: readonly number[]): number[] {
    const n = this.biases.length;
    const z = new Array<number>(n).fill(0);
    for (const b of buckets) {
      const i = this.index.get(b);
      if (i < 0) continue;
      for (let k = 0; k < n; k++) z[k] = (z[k] as number) + (this.weights[i * n + k] as number);
    }
    const value = featureValue(buckets);
    return z.map((s, k) => (this.biases[k] as number) + s * value);
  }

  /** One head's weight for one bucket (0 where it has none). */
  weight(head: number, bucket: number): number {
    const i = this.index.get(bucket);
    return i < 0 ? 0 : (this.weights[i * this.biases.length + head] as number);
  }
}

export interface UnitScore {
  aggressive: number;
  vague: number;
  /** The most likely kind within each category. */
  kind: { aggressive: Kind; vague: Kind };
  /** Tokens that pushed the leading category up most, strongest first (indices into `Extracted.tokens`). */
  why: (category: 'aggressive' | 'vague') => number[];
  /**
   * The same clause judged without some of its words and the rule hits on them: whether something is left
   * once what a rule already flagged is set aside. `drop` lists token ranges [from, to) and the rules' ids.
   */
  without: (drop: readonly { from: number; to: number; rule: string }[]) => UnitScore;
}

/** The learned tone model, decoded once from its weights file. */
export class ToneModel implements ToneJudgeSource {
  readonly config: FeatureConfig;
  readonly thresholds: Thresholds;
  private readonly bits: number;
  /** The aggressive and vague heads, in that order. */
  private readonly clauseHeads: HeadTable;
  private readonly kindClasses: Kind[];
  private readonly kindBits: number;
  private readonly kindHeads: HeadTable;
  private readonly reminderBits: number;
  private readonly reminderHead: SparseHead;

  constructor(readonly file: WeightsFile) {
    this.config = file.config;
    this.thresholds = file.thresholds;
    this.bits = file.clauses.bits;
    const [aggressive, vague] = decodeHeads(file.clauses.heads);
    if (!aggressive || !vague) throw new Error('The weights file has no clause heads.');
    this.clauseHeads = new HeadTable([aggressive, vague]);
    this.kindClasses = file.kinds.classes;
    this.kindBits = file.kinds.bits;
    this.kindHeads = new HeadTable(decodeHeads(file.kinds.heads));
    this.reminderBits = file.reminder.bits;
    const [reminder] = decodeHeads(file.reminder.heads);
    if (!reminder) throw new Error('The weights file has no payment-request head.');
    this.reminderHead = reminder;
  }

  createJudge(): ToneJudge {
    return createJudge(this);
  }

  scoreUnit(x: Extracted): UnitScore {
    const hashes = x.names.map(hashFeature);
    const [aggressive, vague] = this.clauseHeads.logits(maskedBuckets(hashes, this.bits));
    return new ClauseScore(this, x, hashes, sigmoid(aggressive as number), sigmoid(vague as number));
  }

  /** The most likely kind of each category for these feature hashes (the thirteen kind heads, scored once). */
  kindsOf(hashes: readonly number[]): { aggressive: Kind; vague: Kind } {
    const kinds = this.kindHeads.logits(maskedBuckets(hashes, this.kindBits));
    const best = (category: 'aggressive' | 'vague'): Kind => {
      let top = -1;
      for (let i = 0; i < kinds.length; i++)
        if (
          categoryOfKind(this.kindClasses[i] as Kind) === category &&
          (top < 0 || (kinds[i] ?? 0) > (kinds[top] ?? 0))
        )
          top = i;
      return this.kindClasses[top] as Kind;
    };
    return { aggressive: best('aggressive'), vague: best('vague') };
  }

  /** Probability that an email is a payment request, from its email-level features. */
  reminderProbability(names: readonly string[]): number {
    const tally = this.reminderTally();
    tally.update([bucketsOf(names, this.reminderBits)]);
    return tally.probability([]);
  }

  /** The payment-request judgement kept up to date line by line (a keystroke costs the changed line). */
  reminderTally(): ReminderTally {
    return new ReminderTally(this.reminderHead, this.reminderBits);
  }

  /** A line's email-level buckets, for `ReminderTally.update`. */
  reminderBuckets(names: readonly string[]): number[] {
    return bucketsOf(names, this.reminderBits);
  }

  explain(head: number, x: Extracted): number[] {
    const mask = 2 ** this.bits - 1;
    const byToken = new Map<number, number>();
    x.names.forEach((name, i) => {
      const t = x.tokenOf[i] ?? -1;
      if (t < 0) return;
      byToken.set(t, (byToken.get(t) ?? 0) + this.clauseHeads.weight(head, hashFeature(name) & mask));
    });
    return [...byToken]
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t]) => t);
  }
}

/**
 * A clause's score. What only a flagged clause needs (its kind, the words that weighed most, its judgement
 * without some words) is worked out on first use and kept, as the score is cached across keystrokes.
 */
class ClauseScore implements UnitScore {
  private kinds: { aggressive: Kind; vague: Kind } | null = null;
  private reasons: Partial<Record<'aggressive' | 'vague', number[]>> = {};
  private apart: Map<string, UnitScore> | null = null;

  constructor(
    private readonly model: ToneModel,
    private readonly x: Extracted,
    private readonly hashes: readonly number[],
    readonly aggressive: number,
    readonly vague: number,
  ) {}

  get kind(): { aggressive: Kind; vague: Kind } {
    this.kinds ??= this.model.kindsOf(this.hashes);
    return this.kinds;
  }

  why(category: 'aggressive' | 'vague'): number[] {
    this.reasons[category] ??= this.model.explain(category === 'aggressive' ? 0 : 1, this.x);
    return this.reasons[category];
  }

  without(drop: readonly { from: number; to: number; rule: string }[]): UnitScore {
    const key = drop.map((d) => `${d.from} ${d.to} ${d.rule}`).join('|');
    this.apart ??= new Map();
    let score = this.apart.get(key);
    if (!score) {
      score = this.model.scoreUnit(withoutTokens(this.x, drop));
      this.apart.set(key, score);
    }
    return score;
  }
}

/**
 * A clause's features less those of the dropped tokens (a word pair goes when either of its words does) and
 * one rule hit per dropped range.
 */
function withoutTokens(x: Extracted, drop: readonly { from: number; to: number; rule: string }[]): Extracted {
  const inRange = (t: number) => drop.some((d) => t >= d.from && t < d.to);
  const rules = drop.map((d) => `r:${d.rule}`);
  const names: string[] = [];
  const tokenOf: number[] = [];
  x.names.forEach((name, i) => {
    const t = x.tokenOf[i] ?? -1;
    if (t >= 0 && (inRange(t) || (name.startsWith('b:') && inRange(t - 1)))) return;
    const r = t < 0 ? rules.findIndex((hit) => name === hit || name.startsWith(`${hit}:`)) : -1;
    if (r >= 0) {
      rules.splice(r, 1);
      return;
    }
    names.push(name);
    tokenOf.push(t);
  });
  return { names, tokenOf, tokens: x.tokens };
}

/**
 * The email-level head over the union of the lines' buckets, kept as counts so that changing one line costs that
 * line. Weights are summed as their stored integers, so the result does not depend on the order of updates.
 */
export class ReminderTally {
  private readonly counts = new Map<number, number>();
  private sum = 0;
  private lines = new Map<readonly number[], number>();

  constructor(
    private readonly head: SparseHead,
    private readonly bits: number,
  ) {}

  /** The lines' buckets now; arrays unchanged since the last update (the same objects) cost nothing. */
  update(lines: readonly (readonly number[])[]): void {
    const next = new Map<readonly number[], number>();
    for (const l of lines) next.set(l, (next.get(l) ?? 0) + 1);
    for (const [l, n] of next) {
      const before = this.lines.get(l) ?? 0;
      for (let i = before; i < n; i++) for (const b of l) this.add(b, 1);
    }
    for (const [l, n] of this.lines) {
      const after = next.get(l) ?? 0;
      for (let i = after; i < n; i++) for (const b of l) this.add(b, -1);
    }
    this.lines = next;
  }

  private add(bucket: number, delta: number): void {
    const n = (this.counts.get(bucket) ?? 0) + delta;
    if (n === 0) {
      this.counts.delete(bucket);
      this.sum -= this.head.quantized.get(bucket) ?? 0;
    } else {
      if (n === delta) this.sum += this.head.quantized.get(bucket) ?? 0;
      this.counts.set(bucket, n);
    }
  }

  /** The probability with a few more email-wide features (facts, rules, language). */
  probability(extra: readonly string[]): number {
    let sum = this.sum;
    let distinct = this.counts.size;
    for (const b of bucketsOf(extra, this.bits)) {
      if (this.counts.has(b)) continue;
      sum += this.head.quantized.get(b) ?? 0;
      distinct++;
    }
    const z = distinct ? (sum * this.head.scale) / Math.sqrt(distinct) : 0;
    return sigmoid(this.head.bias + z);
  }
}
