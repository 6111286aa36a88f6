/** Fits the tone model on prepared emails and scores held-out ones with it. */
import {
  bucketsOf as buckets,
  type LangThresholds,
  NEVER,
  type Thresholds,
  ToneModel,
  type UnitScore,
  type WeightsFile,
} from '../src/analyzer/model/classifier';
import { mapPerCategory, type PerCategory } from '../src/analyzer/model/clauses';
import { encodeHeads, type HeadWeights } from '../src/analyzer/model/codec';
import { FEATURE_VERSION, type FeatureConfig } from '../src/analyzer/model/features';
import { categoryOfKind, KINDS, type Kind, TONE_CATEGORIES } from '../src/shared/vocab';
import type { PreparedEmail } from './dataset';
import { type Example, LEARN_DEFAULTS, type LearnOptions, trainBinary, trainSoftmax } from './learn';

export const CLAUSE_BITS = 20;
export const KIND_BITS = 16;
export const REMINDER_BITS = 18;
export const REMINDER_L2 = 1e-5;
// The payment-request head reads every word of every line: words seen in fewer emails than this are left out,
// which keeps the weights file within its budget (with two, the head alone was 154 KB gzipped).
export const REMINDER_MIN_COUNT = 4;
// The kind heads only name what the clause heads found: features seen in fewer clauses than this are left out,
// which keeps the weights file within its budget.
export const KIND_MIN_COUNT = 5;

const DEFAULT_LANG_THRESHOLDS: LangThresholds = {
  aggressive: 0.5,
  vague: 0.5,
  aggressiveOrdinary: 0.8,
  veto: { aggressive: 0, vague: 0 },
  // Off until the trainer chooses them.
  rescue: { aggressive: NEVER, vague: NEVER },
  residual: { aggressive: NEVER, vague: NEVER },
  companion: { aggressive: NEVER, vague: NEVER },
  reminder: 0.5,
};
export const DEFAULT_THRESHOLDS: Thresholds = { en: DEFAULT_LANG_THRESHOLDS, fr: DEFAULT_LANG_THRESHOLDS };

export interface FitMeta {
  probe: string;
  corpusHash: string;
  authors: number;
  figures?: Record<string, unknown>;
}

export function fitModel(
  data: readonly PreparedEmail[],
  config: FeatureConfig,
  thresholds: Thresholds,
  meta: FitMeta,
  learn: Partial<LearnOptions> = {},
): WeightsFile {
  const opts = { ...LEARN_DEFAULTS, ...learn };
  const clauseModels: HeadWeights[] = [];
  for (const cat of TONE_CATEGORIES) {
    const examples: Example[] = [];
    for (const e of data)
      for (const c of e.units[cat]) {
        const label = c.labels[cat];
        if (label !== null) examples.push({ buckets: buckets(c.names, CLAUSE_BITS), label, weight: 1 });
      }
    const m = trainBinary(examples, { ...opts, bits: CLAUSE_BITS });
    clauseModels.push(m);
  }
  // Each kind is learnt from the units its category is judged over.
  const kindExamples: Example[] = [];
  for (const e of data) {
    const shared = e.units.aggressive === e.units.vague;
    for (const cat of TONE_CATEGORIES)
      for (const c of e.units[cat])
        if (c.kind && (shared ? cat === 'aggressive' : categoryOfKind(c.kind) === cat))
          kindExamples.push({
            buckets: buckets(c.names, KIND_BITS),
            label: KINDS.indexOf(c.kind),
            weight: 1,
          });
  }
  const kindModels = trainSoftmax(kindExamples, KINDS.length, {
    ...opts,
    bits: KIND_BITS,
    minCount: KIND_MIN_COUNT,
  });
  const reminderExamples: Example[] = data.map((e) => ({
    buckets: buckets(e.emailNames, REMINDER_BITS),
    label: e.email.reminder ? 1 : 0,
    weight: e.email.reminder ? 1 : 2,
  }));
  // The payment-request head reads whole emails: it keeps the lighter regularisation it was measured with.
  const reminder = trainBinary(reminderExamples, {
    ...opts,
    bits: REMINDER_BITS,
    epochs: 20,
    l2: REMINDER_L2,
    minCount: REMINDER_MIN_COUNT,
    nbAlpha: 0,
  });
  return {
    meta: {
      featureVersion: FEATURE_VERSION,
      probe: meta.probe,
      corpusHash: meta.corpusHash,
      emails: data.length,
      authors: meta.authors,
      ...(meta.figures ? { figures: meta.figures } : {}),
    },
    config,
    clauses: { bits: CLAUSE_BITS, heads: encodeHeads(clauseModels) },
    kinds: {
      classes: [...KINDS] as Kind[],
      bits: KIND_BITS,
      heads: encodeHeads(kindModels),
    },
    reminder: { bits: REMINDER_BITS, heads: encodeHeads([reminder]) },
    thresholds,
  };
}

/** A model's scores for held-out emails, kept so thresholds can be searched without refitting. */
export interface HeldOut {
  prepared: PreparedEmail;
  /** Per category, the score of each of its units. */
  scores: PerCategory<UnitScore[]>;
  reminder: number;
}

export function scoreHeldOut(file: WeightsFile, data: readonly PreparedEmail[]): HeldOut[] {
  // Kind heads use fewer buckets than the clause heads: score with the file's own layout.
  const model = new ToneModel(file);
  return data.map((prepared) => {
    const scores = mapPerCategory(prepared.units, (list) => list.map((c) => model.scoreUnit(c)));
    return {
      prepared,
      scores,
      reminder: model.reminderProbability(prepared.emailNames),
    };
  });
}
