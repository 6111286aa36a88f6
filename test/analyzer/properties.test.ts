import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, FACT_KINDS, type Report } from '../../src/analyzer/index';
import { readCorpus } from '../../tools/corpus';

const corpus = readCorpus()
  .filter((c) => c.author === 'dev')
  .map((c) => c.text);

function expectWellFormed(text: string, report: Report) {
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.message.length).toBeGreaterThan(0);
  }
  for (const kind of FACT_KINDS) {
    for (const m of report.facts[kind]) {
      expect(m.text).toBe(text.slice(m.start, m.end));
    }
  }
  expect(report.tone.score).toBeGreaterThanOrEqual(0);
  expect(report.tone.score).toBeLessThanOrEqual(100);
}

// Text made of pieces that trigger rules and facts, glued with awkward characters.
const pieces = fc.constantFrom(
  ...corpus.flatMap((t) => t.split(/(?<=[.!?])\s+/)).slice(0, 120),
  'ASAP!!!',
  '😡 PAY NOW 💸',
  'مرحبا بالعالم',
  '\u200f\u202e',
  '\u0000\u0007\b',
  '\r\n',
  '\u00a0€\u202f1 250,00',
  'Friday, November 28, 2026',
  '[date]',
);
const awkwardText = fc
  .array(fc.oneof(pieces, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 12 })
  .map((a) => a.join(' '));

describe('any input', () => {
  // Not speed tests (the benchmark measures speed): a slow or busy machine must not fail them.
  it('never throws, keeps offsets in bounds and text matching', () => {
    fc.assert(
      fc.property(
        awkwardText,
        fc.constantFrom(undefined, 'overdue', 'final', 'correction' as const),
        (text, stage) => {
          expectWellFormed(text, analyze(text, { stage }));
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('handles a 100,000-word paste', () => {
    const words = corpus.join('\n\n').split(/\s+/);
    const text = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(' ');
    const report = analyze(text);
    expectWellFormed(text, report);
    expect(report.findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('gives the same report incrementally as from scratch, whatever the edits', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 20 }),
      insert: fc.oneof(pieces, fc.string({ maxLength: 5 })),
    });
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(edit, { maxLength: 8 }), (start, edits) => {
        const incremental = createAnalyzer({ stage: 'overdue' });
        let text = start;
        incremental.analyze(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(incremental.analyze(text)).toEqual(analyze(text, { stage: 'overdue' }));
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
