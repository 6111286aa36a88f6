import { featureValue } from '../src/analyzer/model/classifier';
import type { HeadWeights } from '../src/analyzer/model/codec';

/**
 * Regularised linear models over hashed binary features, trained with AdaGrad in a fixed order: the same
 * examples give the same weights, bit for bit.
 */

export interface Example {
  buckets: readonly number[];
  label: number;
  weight: number;
}

export interface LearnOptions {
  bits: number;
  epochs: number;
  rate: number;
  l2: number;
  /** Buckets seen in fewer training examples than this keep a zero weight (and are not stored). */
  minCount: number;
  seed: number;
  /** Weight of a positive example against a negative one (the tone classes are rare). */
  positiveWeight: number;
  /**
   * Naive-Bayes scaling of binary heads (Wang & Manning, 2012): each feature enters scaled by its smoothed
   * log-count ratio between positive and negative examples, with this smoothing; 0 leaves features unscaled.
   * The ratio is folded into the stored weight, so the model read at run time is unchanged in form.
   */
  nbAlpha: number;
}

export const LEARN_DEFAULTS: LearnOptions = {
  bits: 20,
  epochs: 16,
  rate: 0.5,
  l2: 3e-4,
  minCount: 2,
  seed: 7,
  positiveWeight: 1,
  nbAlpha: 0,
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function order(n: number, random: () => number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx;
}

function counts(examples: readonly Example[], size: number): Uint32Array {
  const c = new Uint32Array(size);
  for (const e of examples) for (const b of e.buckets) c[b] = (c[b] ?? 0) + 1;
  return c;
}

/** The smoothed log-count ratio of each bucket between positive and negative examples. */
function logCountRatios(examples: readonly Example[], size: number, alpha: number): Float64Array {
  const pos = new Float64Array(size).fill(alpha);
  const neg = new Float64Array(size).fill(alpha);
  let posTotal = alpha * size;
  let negTotal = alpha * size;
  for (const e of examples) {
    const side = e.label === 1 ? pos : neg;
    for (const b of e.buckets) side[b] = (side[b] ?? 0) + 1;
    if (e.label === 1) posTotal += e.buckets.length;
    else negTotal += e.buckets.length;
  }
  const r = new Float64Array(size);
  for (let b = 0; b < size; b++)
    r[b] = Math.log((pos[b] ?? alpha) / posTotal) - Math.log((neg[b] ?? alpha) / negTotal);
  return r;
}

/** Binary logistic regression; `label` is 0 or 1. */
export function trainBinary(examples: readonly Example[], opts: LearnOptions): HeadWeights {
  const size = 2 ** opts.bits;
  const seen = counts(examples, size);
  const ratios = opts.nbAlpha > 0 ? logCountRatios(examples, size, opts.nbAlpha) : null;
  const scale = (b: number) => (ratios ? (ratios[b] ?? 0) : 1);
  const w = new Float64Array(size);
  const g = new Float64Array(size);
  let bias = 0;
  let gBias = 0;
  const random = mulberry32(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of order(examples.length, random)) {
      const e = examples[i] as Example;
      const x = featureValue(e.buckets);
      let z = 0;
      for (const b of e.buckets) if ((seen[b] ?? 0) >= opts.minCount) z += (w[b] ?? 0) * scale(b);
      const p = 1 / (1 + Math.exp(-(bias + z * x)));
      const grad = (p - e.label) * e.weight * (e.label === 1 ? opts.positiveWeight : 1);
      gBias += grad * grad;
      bias -= (opts.rate * grad) / Math.sqrt(gBias + 1e-8);
      for (const b of e.buckets) {
        if ((seen[b] ?? 0) < opts.minCount) continue;
        const gb = grad * x * scale(b) + opts.l2 * (w[b] ?? 0);
        g[b] = (g[b] ?? 0) + gb * gb;
        w[b] = (w[b] ?? 0) - (opts.rate * gb) / Math.sqrt((g[b] ?? 0) + 1e-8);
      }
    }
  }
  const entries: [number, number][] = [];
  for (let b = 0; b < size; b++) if (w[b] !== 0) entries.push([b, (w[b] as number) * scale(b)]);
  return { bias, entries };
}

/** Multinomial logistic regression over `classes` classes; `label` is the class index. */
export function trainSoftmax(
  examples: readonly Example[],
  classes: number,
  opts: LearnOptions,
): HeadWeights[] {
  const size = 2 ** opts.bits;
  const seen = counts(examples, size);
  const w = Array.from({ length: classes }, () => new Float64Array(size));
  const g = Array.from({ length: classes }, () => new Float64Array(size));
  const bias = new Float64Array(classes);
  const gBias = new Float64Array(classes);
  const random = mulberry32(opts.seed);
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const i of order(examples.length, random)) {
      const e = examples[i] as Example;
      const live = e.buckets.filter((b) => (seen[b] ?? 0) >= opts.minCount);
      const x = featureValue(e.buckets);
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        let s = 0;
        const wk = w[k] as Float64Array;
        for (const b of live) s += wk[b] ?? 0;
        s = (bias[k] ?? 0) + s * x;
        z[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        z[k] = Math.exp((z[k] ?? 0) - max);
        sum += z[k] ?? 0;
      }
      for (let k = 0; k < classes; k++) {
        const grad = ((z[k] ?? 0) / sum - (e.label === k ? 1 : 0)) * e.weight;
        gBias[k] = (gBias[k] ?? 0) + grad * grad;
        bias[k] = (bias[k] ?? 0) - (opts.rate * grad) / Math.sqrt((gBias[k] ?? 0) + 1e-8);
        const wk = w[k] as Float64Array;
        const gk = g[k] as Float64Array;
        for (const b of live) {
          const gb = grad * x + opts.l2 * (wk[b] ?? 0);
          gk[b] = (gk[b] ?? 0) + gb * gb;
          wk[b] = (wk[b] ?? 0) - (opts.rate * gb) / Math.sqrt((gk[b] ?? 0) + 1e-8);
        }
      }
    }
  }
  return w.map((wk, k) => {
    const entries: [number, number][] = [];
    for (let b = 0; b < size; b++) if (wk[b] !== 0) entries.push([b, wk[b] as number]);
    return { bias: bias[k] ?? 0, entries };
  });
}
