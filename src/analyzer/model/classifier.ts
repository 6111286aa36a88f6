import { categoryOfKind, type Kind, type Lang } from '../../shared/vocab';
import type { ToneJudge, ToneJudgeSource } from '../types';
import { decodeHead, type EncodedHead, type SparseHead } from './codec';
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
  reminder: number;
}

export type Thresholds = Record<Lang, LangThresholds>;

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
  bits: number;
  aggressive: EncodedHead;
  vague: EncodedHead;
  kinds: { classes: Kind[]; bits: number; heads: EncodedHead[] };
  reminder: { bits: number; head: EncodedHead };
  thresholds: Thresholds;
}

export function bucketsOf(names: readonly string[], bits: number): number[] {
  const mask = 2 ** bits - 1;
  const seen = new Set<number>();
  for (const n of names) seen.add(hashFeature(n) & mask);
  return [...seen];
}

/**
 * Each active feature counts 1/√n (the clause's feature vector has unit length), so a long clause full of
 * neutral words does not drown the few that carry its tone.
 */
export function featureValue(buckets: readonly number[]): number {
  return buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
}

export function logit(head: SparseHead, buckets: readonly number[]): number {
  let z = 0;
  for (const b of buckets) z += head.weights.get(b) ?? 0;
  return head.bias + z * featureValue(buckets);
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface UnitScore {
  aggressive: number;
  vague: number;
  /** The most likely kind within each category. */
  kind: { aggressive: Kind; vague: Kind };
  /** Tokens that pushed the leading category up most, strongest first (indices into `Extracted.tokens`). */
  why: (category: 'aggressive' | 'vague') => number[];
}

/** The learned tone model, decoded once from its weights file. */
export class ToneModel implements ToneJudgeSource {
  readonly config: FeatureConfig;
  readonly thresholds: Thresholds;
  private readonly bits: number;
  private readonly heads: { aggressive: SparseHead; vague: SparseHead };
  private readonly kindClasses: Kind[];
  private readonly kindBits: number;
  private readonly kindHeads: SparseHead[];
  private readonly reminderBits: number;
  private readonly reminderHead: SparseHead;

  constructor(readonly file: WeightsFile) {
    this.config = file.config;
    this.thresholds = file.thresholds;
    this.bits = file.bits;
    this.heads = { aggressive: decodeHead(file.aggressive), vague: decodeHead(file.vague) };
    this.kindClasses = file.kinds.classes;
    this.kindBits = file.kinds.bits;
    this.kindHeads = file.kinds.heads.map(decodeHead);
    this.reminderBits = file.reminder.bits;
    this.reminderHead = decodeHead(file.reminder.head);
  }

  createJudge(): ToneJudge {
    return createJudge(this);
  }

  scoreUnit(x: Extracted): UnitScore {
    const buckets = bucketsOf(x.names, this.bits);
    const kindBuckets = bucketsOf(x.names, this.kindBits);
    const kinds = this.kindHeads.map((h) => logit(h, kindBuckets));
    const best = (prefix: (k: Kind) => boolean): Kind => {
      let top = -1;
      for (let i = 0; i < kinds.length; i++)
        if (prefix(this.kindClasses[i] as Kind) && (top < 0 || (kinds[i] ?? 0) > (kinds[top] ?? 0))) top = i;
      return this.kindClasses[top] as Kind;
    };
    const isVague = (k: Kind) => categoryOfKind(k) === 'vague';
    return {
      aggressive: sigmoid(logit(this.heads.aggressive, buckets)),
      vague: sigmoid(logit(this.heads.vague, buckets)),
      kind: { aggressive: best((k) => !isVague(k)), vague: best(isVague) },
      why: (category) => this.explain(this.heads[category], x),
    };
  }

  /** Probability that an email is a payment request, from its email-level features. */
  reminderProbability(names: readonly string[]): number {
    return sigmoid(logit(this.reminderHead, bucketsOf(names, this.reminderBits)));
  }

  private explain(head: SparseHead, x: Extracted): number[] {
    const mask = 2 ** this.bits - 1;
    const byToken = new Map<number, number>();
    x.names.forEach((name, i) => {
      const t = x.tokenOf[i] ?? -1;
      if (t < 0) return;
      byToken.set(t, (byToken.get(t) ?? 0) + (head.weights.get(hashFeature(name) & mask) ?? 0));
    });
    return [...byToken]
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([t]) => t);
  }
}
