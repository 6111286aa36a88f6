/**
 * `npm run bench`: the analyzer's speed (phrase rules and learned model), side by side with write-good on the
 * same texts, in one process. Targets: a typical email ≤ 1 ms median and no slower than write-good; a
 * 4,300-word draft of distinct text no slower than write-good; a one-character edit in that draft through
 * `createAnalyzer` ≤ 5% of its full analysis. Also prints the built bundles' sizes when `dist/` exists.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise/one';
import { Bench } from 'tinybench';
import { analyze, createAnalyzer } from '../../src/analyzer/index';

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

import { readCorpus } from '../../tools/corpus';

const corpus = readCorpus().map((e) => e.text);
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

const email = `Hi Aisha,

I hope you're well. I noticed that invoice #2024-061 for the March copywriting work ($2,350.00) was due on 2 April and is now 6 days past due. If it's already on its way, thank you and please ignore this note; if anything is holding it up, just reply and let me know, I'm happy to help. You can pay by bank transfer to First Harbor Bank, routing 123456780, account 483920117 (Lena Marsh LLC), or by card at lenamarsh.com/pay. I know it has been a busy month, so no pressure beyond the usual terms.

Best,
Lena`;

// Distinct text: every email of the corpus at most once, taken at a stride so both languages and many authors appear.
const paragraphs: string[] = [];
for (let i = 0; words(paragraphs.join('\n\n')) < 4300 && i < corpus.length; i++)
  paragraphs.push(corpus[(i * 37) % corpus.length] ?? '');
const draft = paragraphs.join('\n\n');

// A one-character edit in the middle of the draft: type a letter, then delete it.
const incremental = createAnalyzer();
incremental.analyze(draft);
const middle = draft.indexOf('\n', draft.length >> 1);
const edited = `${draft.slice(0, middle)}x${draft.slice(middle)}`;
let flip = false;

const bench = new Bench({ time: 1500, warmup: true, warmupTime: 300 });
bench
  .add(`tactful  email (${words(email)} words)`, () => analyze(email))
  .add(`writegood email (${words(email)} words)`, () => writeGood(email))
  .add(`tactful  draft (${words(draft)} words)`, () => analyze(draft))
  .add(`rules only draft (${words(draft)} words)`, () => analyze(draft, { model: null }))
  .add(`writegood draft (${words(draft)} words)`, () => writeGood(draft))
  // For scale: compromise's tokenizer alone (no tagging) on the same email, the least an NLP pass would cost.
  .add(`compromise/one tokenize only (${words(email)} words)`, () => nlp.tokenize(email))
  .add('tactful  one-character edit in the draft (createAnalyzer)', () => {
    flip = !flip;
    incremental.analyze(flip ? edited : draft);
  });

await bench.run();

const median = new Map<string, number>();
const rows = bench.tasks.map((t) => {
  const r = t.result as
    | { latency?: { p50: number; mean: number; p99: number }; throughput?: { mean: number } }
    | undefined;
  const p50 = r?.latency?.p50 ?? Number.NaN;
  median.set(t.name, p50);
  return {
    task: t.name,
    'median (ms)': p50.toFixed(4),
    'mean (ms)': (r?.latency?.mean ?? Number.NaN).toFixed(4),
    'p99 (ms)': (r?.latency?.p99 ?? Number.NaN).toFixed(4),
    'ops/s': Math.round(r?.throughput?.mean ?? 0),
  };
});
console.table(rows);

const get = (prefix: string) => [...median].find(([k]) => k.startsWith(prefix))?.[1] ?? Number.NaN;
const targets = [
  ['email ≤ 1 ms median', get('tactful  email') <= 1],
  [
    `email no slower than write-good (×${(get('tactful  email') / get('writegood email')).toFixed(2)})`,
    get('tactful  email') <= get('writegood email'),
  ],
  [
    `draft no slower than write-good (×${(get('tactful  draft') / get('writegood draft')).toFixed(2)})`,
    get('tactful  draft') <= get('writegood draft'),
  ],
  [
    `one-character edit ≤ 5% of the draft's full analysis (${((100 * get('tactful  one-character edit')) / get('tactful  draft')).toFixed(1)}%)`,
    get('tactful  one-character edit') <= 0.05 * get('tactful  draft'),
  ],
] as const;
for (const [name, met] of targets) console.log(`${met ? 'met   ' : 'MISSED'}  ${name}`);

// What a page loads: the content script on every webmail tab, the compose tools on the first compose focus;
// the learned model and compromise live in the background (service worker / event page), never in a page.
const dist = new URL('../../dist/chrome/', import.meta.url).pathname;
if (existsSync(dist)) {
  const size = (file: string) => {
    const bytes = readFileSync(file);
    const kb = (n: number) => (n < 10_240 ? `${n} bytes` : `${(n / 1024).toFixed(0)} KB`);
    return `${kb(statSync(file).size)} (${kb(gzipSync(bytes).length)} gzipped)`;
  };
  const manifest = JSON.parse(readFileSync(`${dist}manifest.json`, 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
  };
  const loader = readFileSync(`${dist}${manifest.background.service_worker}`, 'utf8');
  const background = /['"]\.\/(assets\/[^'"]+)['"]/.exec(loader)?.[1];
  console.log(`content script ${size(`${dist}${manifest.content_scripts[0]?.js[0]}`)}`);
  console.log(`compose tools  ${size(`${dist}compose.js`)}`);
  if (background) console.log(`background     ${size(`${dist}${background}`)} (analyzer, model, compromise)`);
}
