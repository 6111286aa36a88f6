/**
 * npm run agreement: how often a second, independent labeller agrees with the authors' spans, per category
 * and language. A span of one labeller is matched when a span of the same category by the other overlaps it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TONE_CATEGORIES } from '../src/shared/vocab';
import { type LabelledEmail, readCorpus } from './corpus';

/** One file per relabelled sample. */
const SAMPLES = new URL('../data/agreement/', import.meta.url).pathname;

interface SecondLabels {
  id: string;
  aggressive: { text: string; kind: string }[];
  vague: { text: string; kind: string }[];
  either: { aggressive: string[]; vague: string[] };
}

const readSample = (file: string): SecondLabels[] =>
  readFileSync(join(SAMPLES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SecondLabels);
const byId = new Map(readCorpus().map((e) => [e.id, e]));

type Range = { start: number; end: number };
const find = (text: string, span: string): Range => {
  const start = text.indexOf(span);
  return { start, end: start + span.length };
};
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function agreementRows(second: readonly SecondLabels[]): string[] {
  const rows: string[] = [];
  for (const lang of ['en', 'fr', 'all'] as const) {
    for (const cat of TONE_CATEGORIES) {
      let aSpans = 0;
      let aMatched = 0;
      let bSpans = 0;
      let bMatched = 0;
      let kindAgree = 0;
      let kindPairs = 0;
      let emails = 0;
      let sameVerdict = 0;
      for (const s of second) {
        const e = byId.get(s.id) as LabelledEmail | undefined;
        if (!e || (lang !== 'all' && e.lang !== lang)) continue;
        emails++;
        const a = e[cat];
        const aOk = [...a, ...e.either[cat]];
        const b = s[cat].map((x) => ({ ...find(e.text, x.text), kind: x.kind }));
        const bOk = [...b, ...s.either[cat].map((t) => find(e.text, t))];
        aSpans += a.length;
        for (const x of a) {
          const hit = b.find((y) => overlaps(x, y));
          if (hit) {
            aMatched++;
            if (x.kind) {
              kindPairs++;
              if (x.kind === hit.kind) kindAgree++;
            }
          } else if (bOk.some((y) => overlaps(x, y))) aMatched++;
        }
        bSpans += b.length;
        for (const y of b) if (aOk.some((x) => overlaps(x, y))) bMatched++;
        if (a.length > 0 === b.length > 0) sameVerdict++;
      }
      const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '–');
      const f1 = aSpans + bSpans ? (aMatched + bMatched) / (aSpans + bSpans) : 1;
      rows.push(
        `| ${lang} | ${cat} | ${emails} | ${aSpans} / ${bSpans} | ${pct(aMatched, aSpans)} | ${pct(bMatched, bSpans)} | ${(100 * f1).toFixed(0)}% | ${pct(kindAgree, kindPairs)} | ${pct(sameVerdict, emails)} |`,
      );
    }
  }
  return rows;
}

for (const file of readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  console.log(`\n${file}\n`);
  console.log(
    '| language | category | emails | spans (author / second) | author spans the second labeller also flagged | second labeller spans the author also flagged | span agreement (F1) | same kind, where both flagged | same verdict (any span or none) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of agreementRows(readSample(file))) console.log(r);
}
