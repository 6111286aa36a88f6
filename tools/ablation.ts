/**
 * npm run ablation: each feature family switched off in turn (and a few learner settings), scored by
 * leave-one-author-out average precision of the clause heads and the product's recall at its thresholds.
 */
import { DEFAULT_FEATURES, type FeatureConfig } from '../src/analyzer/model/features';
import { readCorpus } from './corpus';
import { chooseThresholds, crossValidate, scoreHeld } from './cross-validate';
import { prepare } from './dataset';
import type { HeldOut } from './fit';
import type { LearnOptions } from './learn';

function averagePrecision(held: readonly HeldOut[], category: 'aggressive' | 'vague'): number {
  const pairs: [number, number][] = [];
  for (const h of held)
    h.prepared.units[category].forEach((c, i) => {
      const label = c.labels[category];
      if (label !== null) pairs.push([h.scores[category][i]?.[category] ?? 0, label]);
    });
  pairs.sort((a, b) => b[0] - a[0]);
  const positives = pairs.filter(([, y]) => y === 1).length;
  let tp = 0;
  let sum = 0;
  pairs.forEach(([, y], i) => {
    if (y === 1) {
      tp++;
      sum += tp / (i + 1);
    }
  });
  return positives ? sum / positives : 0;
}

const variants: [string, Partial<FeatureConfig>, Partial<LearnOptions>][] = [
  ['shipped features (words, bigrams, lemmas, tags, cues, rule hits, context)', {}, {}],
  ['+ word trigrams', { trigrams: true }, {}],
  ['+ words marked in emails with no reference or amount', { unreferenced: true }, {}],
  [
    '+ words marked in emails with no reference, and in those with no date',
    { unreferenced: true, undated: true },
    {},
  ],
  [
    '+ words marked in emails with no reference, positives weighted twice',
    { unreferenced: true },
    { positiveWeight: 2 },
  ],
  ['weaker regularisation (l2 1e-5)', {}, { l2: 1e-5 }],
  ['+ naive-Bayes scaling of the features (NB-LR)', {}, { nbAlpha: 1 }],
  ['+ character 3–4-grams', { chars: true }, {}],
  ['+ stage (stage × word)', { stage: true }, {}],
  ['− lemmas', { lemmas: false }, {}],
  ['− part-of-speech tags', { tags: false }, {}],
  ['− cues (person, negation, punctuation, capitals)', { cues: false }, {}],
  ['− rule hits', { rules: false }, {}],
  ['− sentence context', { context: false }, {}],
  ['− word bigrams', { bigrams: false }, {}],
  ['whole sentences instead of clauses', { granularity: 'sentence' }, {}],
  ['phrases (clauses cut at every comma) instead of clauses', { granularity: 'phrase' }, {}],
  ['− phrases for vagueness (clauses for both heads)', { vagueGranularity: undefined }, {}],
  ['− the rules’ findings elsewhere in the email', { elsewhere: false }, {}],
];
const only = process.argv.slice(2);
const emails = readCorpus();
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
console.log(
  '| variant | AP aggressive | AP vague | aggressive R / P | vague R / P | clean with a false alarm |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, features, learn] of variants) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const config = { ...DEFAULT_FEATURES, ...features };
  const held = crossValidate(prepare(emails, config), config, learn);
  const s = scoreHeld(held, chooseThresholds(held)).all;
  console.log(
    `| ${name} | ${pct(averagePrecision(held, 'aggressive'))} | ${pct(averagePrecision(held, 'vague'))} | ` +
      `${pct(s.aggressive.recall)} / ${pct(s.aggressive.precision)} | ${pct(s.vague.recall)} / ${pct(s.vague.precision)} | ${s.cleanWithFalseAlarm}/${s.clean} |`,
  );
}
