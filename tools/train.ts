/**
 * npm run train: leave-one-author-out cross-validation on the committed corpus, thresholds chosen on it,
 * then the model fitted on every author and written, with its figures, to src/analyzer/model/weights.json.
 * Deterministic: the same corpus gives the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DEFAULT_FEATURES } from '../src/analyzer/model/features';
import { probeDigest } from '../src/analyzer/model/probe';
import { corpusHash, readCorpus } from './corpus';
import { chooseThresholds, crossValidate, scoreHeld } from './cross-validate';
import { prepare } from './dataset';
import { fitModel } from './fit';
import { describe } from './score';

const WEIGHTS = new URL('../src/analyzer/model/weights.json', import.meta.url).pathname;
const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${s}`);

const emails = readCorpus();
const authors = [...new Set(emails.map((e) => e.author))];
log(`${emails.length} emails from ${authors.length} authors`);
const config = DEFAULT_FEATURES;
const data = prepare(emails, config);
log('features extracted; cross-validating');
const held = crossValidate(data, config);
const thresholds = chooseThresholds(held);
const scored = scoreHeld(held, thresholds);
log(`thresholds ${JSON.stringify(thresholds)}`);
log(`leave-one-author-out: ${describe(scored.all)}`);
for (const lang of ['en', 'fr'] as const) log(`  ${lang}: ${describe(scored.byLang[lang])}`);
const perAuthor: Record<string, string> = {};
for (const a of authors.sort()) {
  const s = scoreHeld(held, thresholds, (h) => h.prepared.email.author === a);
  perAuthor[a] = describe(s.all);
  log(`  ${a}: ${perAuthor[a]}`);
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const figures = {
  all: scored.all,
  en: scored.byLang.en,
  fr: scored.byLang.fr,
  byKind: Object.fromEntries(
    Object.entries(scored.byKind).map(([k, v]) => [k, { recall: round(v.recall), expected: v.expected }]),
  ),
};
const file = fitModel(data, config, thresholds, {
  probe: probeDigest(config),
  corpusHash: corpusHash(),
  authors: authors.length,
  figures: JSON.parse(JSON.stringify(figures, (_k, v) => (typeof v === 'number' ? round(v) : v))),
});
const json = `${JSON.stringify(file)}\n`;
writeFileSync(WEIGHTS, json);
log(
  `wrote ${WEIGHTS.split('/').slice(-4).join('/')}: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped`,
);
