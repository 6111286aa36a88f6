import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import type { WeightsFile } from '../../src/analyzer/model/classifier';
import { decodeHeads, encodeHeads } from '../../src/analyzer/model/codec';
import { DEFAULT_FEATURES, extractFeatures, FEATURE_VERSION } from '../../src/analyzer/model/features';
import { probeDigest } from '../../src/analyzer/model/probe';
import weights from '../../src/analyzer/model/weights.json';
import { CORPUS_TODAY, corpusHash, readCorpus } from '../../tools/corpus';
import { prepare } from '../../tools/dataset';
import { DEFAULT_THRESHOLDS, fitModel } from '../../tools/fit';

const shipped = weights as unknown as WeightsFile;
const today = CORPUS_TODAY;

describe('the shipped weights', () => {
  it('were trained with the features this code extracts', () => {
    expect(shipped.meta.featureVersion).toBe(FEATURE_VERSION);
    expect(shipped.meta.probe).toBe(probeDigest(shipped.config));
  });

  it('were trained on the committed corpus (run `npm run train` after changing data/tone)', () => {
    expect(shipped.meta.corpusHash).toBe(corpusHash());
    expect(shipped.meta.emails).toBe(readCorpus().length);
  });
});

describe('the trainer', () => {
  const sample = readCorpus().filter((_e, i) => i % 25 === 0);
  const data = prepare(sample, shipped.config);
  const meta = { probe: '', corpusHash: '', authors: 1 };
  it('is deterministic: the same corpus gives the same weights, byte for byte', () => {
    const a = JSON.stringify(fitModel(data, shipped.config, DEFAULT_THRESHOLDS, meta, { epochs: 3 }));
    const b = JSON.stringify(fitModel(data, shipped.config, DEFAULT_THRESHOLDS, meta, { epochs: 3 }));
    expect(a).toBe(b);
    const other = JSON.stringify(
      fitModel(data, shipped.config, DEFAULT_THRESHOLDS, meta, { epochs: 3, seed: 8 }),
    );
    expect(other).not.toBe(a);
  });
});

describe('the feature extractor', () => {
  const context = {
    lang: 'en' as const,
    stage: 'overdue' as const,
    rules: [],
    facts: [],
    referenced: true,
    dated: true,
    sentence: '',
    offsetInSentence: 0,
  };
  it('adds word triples only when the ablation asks for them', () => {
    const text = "I'm sure you are busy";
    const shipped = extractFeatures(text, { ...context, sentence: text }, DEFAULT_FEATURES).names;
    const withTriples = extractFeatures(
      text,
      { ...context, sentence: text },
      { ...DEFAULT_FEATURES, trigrams: true },
    ).names;
    expect(shipped.some((n) => n.startsWith('t:'))).toBe(false);
    expect(withTriples).toContain('t:sure_you_are');
    expect(withTriples.filter((n) => !n.startsWith('t:'))).toEqual(shipped);
  });
  it('marks the words of a clause again only in an email that gives no reference or amount', () => {
    const text = 'Could you settle the balance?';
    const config = { ...DEFAULT_FEATURES, unreferenced: true };
    const referenced = extractFeatures(text, { ...context, sentence: text }, config).names;
    const bare = extractFeatures(text, { ...context, sentence: text, referenced: false }, config).names;
    expect(referenced.some((n) => n.startsWith('nr'))).toBe(false);
    expect(bare).toContain('nr:balance');
    expect(bare.filter((n) => !n.startsWith('nr'))).toEqual(referenced);
  });
});

describe('the weights codec', () => {
  it('keeps every weight of every head within a 127th of its largest, over one shared key list', () => {
    const first: [number, number][] = [
      [3, 0.5],
      [70000, -1.27],
      [1048575, 0.02],
      [12, 0.004],
    ];
    const second: [number, number][] = [
      [3, -8],
      [500, 2.5],
    ];
    const [a, b] = decodeHeads(
      encodeHeads([
        { bias: 0.25, entries: first },
        { bias: -1.5, entries: second },
      ]),
    );
    expect(a?.bias).toBeCloseTo(0.25);
    expect(b?.bias).toBeCloseTo(-1.5);
    for (const [k, w] of first) expect(a?.weights.get(k) ?? 0).toBeCloseTo(w, 1);
    for (const [k, w] of second) expect(b?.weights.get(k) ?? 0).toBeCloseTo(w, 1);
    expect(a?.weights.has(12)).toBe(false);
    expect(a?.weights.has(500)).toBe(false);
    expect(b?.weights.has(70000)).toBe(false);
  });
});

describe('is this a payment request at all?', () => {
  it('leaves an ordinary email alone: no stage advice, no missing facts, no vague wording', () => {
    for (const text of [
      'Hi Tom, are we still on for lunch tomorrow? I can do 12:30 at the usual place.',
      'Thanks Priya, the transfer of $420 for the team dinner went through this morning, so we are all square.',
      'Bonjour Claire, on se voit toujours jeudi pour le point projet ? Dis-moi si l’horaire te va.',
    ]) {
      const r = analyze(text, { today });
      expect(r.reminder.is).toBe(false);
      expect(r.stage).toBeNull();
      expect(r.missing).toEqual([]);
      expect(r.findings.filter((f) => f.category !== 'aggressive')).toEqual([]);
    }
  });

  it('knows a reminder, and then lists the facts the client needs', () => {
    const r = analyze(
      'Hi Sam, just a reminder that the invoice for the April work is still unpaid. Could you settle it soon? Thanks, Jo',
      { today },
    );
    expect(r.reminder.is).toBe(true);
    expect(r.missing).toEqual(expect.arrayContaining(['amount', 'invoice', 'paymentInstructions']));
    expect(r.findings.some((f) => f.category === 'vague')).toBe(true);
  });

  it('still flags plain hostility in an ordinary email', () => {
    const r = analyze(
      'Dave, this is the most pathetic excuse for a quarterly deck I have ever seen. Redo the slides before the board meeting. NOW.',
      { today },
    );
    expect(r.reminder.is).toBe(false);
    expect(r.findings.some((f) => f.category === 'aggressive')).toBe(true);
  });
});

describe('model findings', () => {
  const text =
    'Hi Dana, invoice INV-42 for $1,250.00 was due on 2 June 2026. ' +
    'Funny how the money always shows up for your new van but never for the people who did the work. ' +
    'You can pay by bank transfer to account 12345678. Thanks, Lee';

  it('say what kind of problem it is, how sure the analyzer is and which words weighed most', () => {
    const r = analyze(text, { stage: 'overdue', today });
    const f = r.findings.find((x) => x.category === 'aggressive');
    expect(f).toBeDefined();
    if (!f) return;
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.kind).toBeDefined();
    expect(['rule', 'model']).toContain(f.source);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    if (f.source === 'model') for (const w of f.why ?? []) expect(f.text).toContain(w);
  });

  it('offer calmer wording built from the draft’s own facts, each a sentence of its own', () => {
    const r = analyze(text, { stage: 'overdue', today });
    const f = r.findings.find((x) => x.source === 'model' && x.category === 'aggressive');
    expect(f).toBeDefined();
    const calm = f?.suggestions.filter((s) => s !== '') ?? [];
    expect(calm.length).toBeGreaterThan(0);
    expect(calm[0]).toContain('$1,250.00');
    expect(calm[0]).toContain('INV-42');
    for (const s of calm) expect(s).toMatch(/^\p{Lu}.*[.?]$/u);
  });

  it('can be switched off by kind, like a rule, and allowed by phrase', () => {
    const before = analyze(text, { stage: 'overdue', today }).findings.find((x) => x.source === 'model');
    expect(before?.kind).toBeDefined();
    const kind = before?.kind as string;
    const off = analyze(text, { stage: 'overdue', today, disabledRules: [kind] });
    expect(off.findings.some((x) => x.source === 'model' && x.kind === kind)).toBe(false);
    const allowed = analyze(text, { stage: 'overdue', today, allow: [before?.text ?? ''] });
    expect(allowed.findings.some((x) => x.source === 'model' && x.text === before?.text)).toBe(false);
  });

  it('keeps the stage policy: a dated, contractual consequence is right at the final notice', () => {
    const notice =
      'Dear Ms Grant, invoice 2291 for £3,400.00 is now 60 days overdue. As set out in clause 11 of our agreement, ' +
      'the account will be referred to our collection agency on 30 June 2026 unless payment is received before then. ' +
      'You can pay by BACS to sort code 20-45-77, account 53018846. Kind regards, Accounts';
    expect(
      analyze(notice, { stage: 'final', today }).findings.filter((f) => f.category === 'aggressive'),
    ).toEqual([]);
    expect(
      analyze(notice, { stage: 'overdue', today }).findings.some((f) => f.category === 'aggressive'),
    ).toBe(true);
  });
});
