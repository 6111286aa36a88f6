import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../src/analyzer/index';
import { readCorpus, score } from './score';

const fixtures = new URL('../fixtures/corpus/', import.meta.url).pathname;

function run(file: string) {
  const cases = readCorpus(fixtures + file);
  const reports = new Map<string, Report>(cases.map((c) => [c.id, analyze(c.text, { stage: c.stage })]));
  const s = score(cases, reports);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    `${file}: ${cases.length} emails · aggressive recall ${pct(s.aggressive.recall)} precision ${pct(s.aggressive.precision)} · ` +
      `vague recall ${pct(s.vague.recall)} precision ${pct(s.vague.precision)} · facts ${pct(s.factsAccuracy)} · ` +
      `clean emails with a false alarm ${s.cleanWithFalseAlarm}/${s.clean}${s.errors.length ? `\n  ${s.errors.join('\n  ')}` : ''}`,
  );
  return s;
}

// The quality bar: aggressive and vague recall and precision ≥ 0.90, facts ≥ 0.95, no false alarm on a clean email.
describe('labelled corpus (scored as the corpus README says)', () => {
  it.each([
    ['the development set', 'dev.jsonl'],
    ['our own labelled emails', 'own.jsonl'],
    ["a second author's labelled emails", 'holdout.jsonl'],
    ["a third author's labelled emails", 'fresh.jsonl'],
    ["a fourth author's labelled emails", 'blind.jsonl'],
    ["a fifth author's labelled emails", 'unseen.jsonl'],
  ])('meets the quality bar on %s (%s)', (_name, file) => {
    const s = run(file);
    expect(s.aggressive.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.aggressive.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.vague.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.vague.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.factsAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.cleanWithFalseAlarm).toBe(0);
  });
});
