import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import { type LangThresholds, ToneModel, type WeightsFile } from '../../src/analyzer/model/classifier';
import { unitInputs } from '../../src/analyzer/model/clauses';
import { decodeHeads, encodeHeads } from '../../src/analyzer/model/codec';
import { DEFAULT_FEATURES, extractFeatures, FEATURE_VERSION } from '../../src/analyzer/model/features';
import { probeDigest } from '../../src/analyzer/model/probe';
import weights from '../../src/analyzer/model/weights.json';
import type { Finding } from '../../src/analyzer/types';
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
  it('counts the rules’ findings elsewhere in the email only when asked', () => {
    const text = 'Could you settle this?';
    const ctx = { ...context, sentence: text, elsewhere: { aggressive: 3, vague: 0 } };
    const without = extractFeatures(text, ctx, { ...DEFAULT_FEATURES, elsewhere: false }).names;
    const counted = extractFeatures(text, ctx, { ...DEFAULT_FEATURES, elsewhere: true }).names;
    expect(without.some((n) => /^e[av]:/.test(n))).toBe(false);
    expect(counted).toEqual(expect.arrayContaining(['ea:2', 'ev:0']));
    expect(counted.filter((n) => !/^e[av]:/.test(n))).toEqual(without);
  });
});

describe('the units each category is judged over', () => {
  const text = 'Hi Ana, invoice 42 for $300 is attached, pay it whenever suits you. You never answer. Jo';
  const finding = (category: 'aggressive' | 'vague', phrase: string): Finding => {
    const start = text.indexOf(phrase);
    return {
      rule: 'probe',
      category,
      severity: 'warning',
      start,
      end: start + phrase.length,
      text: phrase,
      message: '',
      suggestions: [],
      source: 'rule',
      confidence: 1,
    };
  };
  const facts = analyze(text, { today, model: null }).facts;
  const inputs = (config: typeof DEFAULT_FEATURES, findings: Finding[] = []) =>
    unitInputs({ text, lang: 'en', stage: 'overdue', ruleFindings: findings, facts, config });

  it('are the clauses for both categories unless the weights say otherwise', () => {
    const both = inputs({ ...DEFAULT_FEATURES, vagueGranularity: undefined });
    expect(both.vague).toBe(both.aggressive);
  });

  it('are phrases for vagueness when the weights say so: a vague half is not drowned by the facts beside it', () => {
    const split = inputs({ ...DEFAULT_FEATURES, vagueGranularity: 'phrase' });
    const texts = (list: typeof split.vague) => list.map((u) => u.unit.text);
    expect(texts(split.aggressive)).toContain(
      'Hi Ana, invoice 42 for $300 is attached, pay it whenever suits you.',
    );
    expect(texts(split.vague)).toEqual(
      expect.arrayContaining(['Hi Ana, invoice 42 for $300 is attached', 'pay it whenever suits you.']),
    );
  });

  it('know how many findings the rules made elsewhere in the email, not counting their own', () => {
    const findings = [finding('aggressive', 'You never answer'), finding('vague', 'whenever suits you')];
    const units = inputs({ ...DEFAULT_FEATURES, elsewhere: true }, findings).aggressive;
    const of = (words: string) => units.find((u) => u.unit.text.includes(words))?.features.names ?? [];
    expect(of('whenever')).toEqual(expect.arrayContaining(['ea:1', 'ev:0']));
    expect(of('never answer')).toEqual(expect.arrayContaining(['ea:0', 'ev:1']));
  });
});

describe('judging a clause without some of its words', () => {
  const model = new ToneModel(shipped);
  const text = 'Please could you pay ASAP, whenever suits you';
  const features = extractFeatures(
    text,
    {
      lang: 'en',
      stage: 'overdue',
      rules: ['vague-time'],
      facts: [],
      referenced: true,
      dated: true,
      sentence: text,
      offsetInSentence: 0,
    },
    DEFAULT_FEATURES,
  );
  const whole = model.scoreUnit(features);
  const at = (word: string) => features.tokens.findIndex((t) => t.text === word);

  it('changes nothing when nothing is set aside', () => {
    expect(whole.without([]).vague).toBe(whole.vague);
    expect(whole.without([]).aggressive).toBe(whole.aggressive);
  });

  it('no longer counts the words set aside, nor the hit of the rule that flagged them', () => {
    const from = at('pay');
    const rest = whole.without([{ from, to: features.tokens.length, rule: 'vague-time' }]);
    expect(rest.vague).toBeLessThan(whole.vague);
    for (const i of rest.why('vague')) expect(i).toBeLessThan(from);
  });
});

describe('what the model does with the rules’ findings', () => {
  const withBars = (bars: Partial<Pick<LangThresholds, 'rescue' | 'residual' | 'companion'>>) =>
    new ToneModel({
      ...shipped,
      thresholds: {
        en: { ...shipped.thresholds.en, ...bars },
        fr: { ...shipped.thresholds.fr, ...bars },
      },
    });
  const off = { aggressive: 2, vague: 2 };
  const low = { aggressive: 0.5, vague: 0.5 };

  it('judges what is left of a clause beside a rule’s finding, when that is above its bar', () => {
    const text = 'Hi Sam, please settle the balance at your earliest opportunity. Thanks, Jo';
    const vague = (model: ToneModel) =>
      analyze(text, { today, model }).findings.filter((f) => f.category === 'vague');
    expect(vague(withBars({ residual: off })).map((f) => f.source)).toEqual(['rule']);
    const found = vague(withBars({ residual: low }));
    const rule = found.find((f) => f.source === 'rule');
    const rest = found.find((f) => f.source === 'model');
    expect(rule?.text).toBe('the balance');
    expect(rest?.text).toContain('earliest opportunity');
    expect(rest?.kind).toBe('vague-time');
    if (rule && rest) expect(rest.start >= rule.end || rest.end <= rule.start).toBe(true);
  });

  it('keeps a vetoed rule finding when its own words, judged apart, carry the tone', () => {
    const text =
      'Bonjour, la facture F-88 de 420 € du 2 juin est à régler rapidement par virement sur le compte ' +
      'FR76 3000 2005 5000 0012 3498 Z21 comme d’habitude. Léa';
    const vague = (model: ToneModel) =>
      analyze(text, { today, stage: 'overdue', model }).findings.filter((f) => f.category === 'vague');
    expect(vague(withBars({ rescue: off }))).toEqual([]);
    expect(vague(withBars({ rescue: low })).map((f) => f.text)).toEqual(['rapidement']);
  });

  it('holds a clause to the lower companion bar only in an email that already carries a finding of its kind', () => {
    const jab = 'Honestly, how hard can it be to pay on time?';
    const plain = 'Could you let me know when you expect to pay?';
    const email = (...sentences: string[]) =>
      `Hi Sam, invoice 42 for $300 was due on 5 May. ${sentences.join(' ')} Thanks, Jo`;
    const hostile = (text: string, companion: { aggressive: number; vague: number }) =>
      analyze(text, { today, stage: 'overdue', model: withBars({ companion }) })
        .findings.filter((f) => f.category === 'aggressive')
        .map((f) => f.text.trim());
    const everything = { aggressive: 0, vague: 2 };
    expect(hostile(email(jab, plain), off)).not.toContain(plain);
    expect(hostile(email(jab, plain), everything)).toContain(plain);
    expect(hostile(email(plain), everything)).toEqual([]);
  });

  it('lets the model overrule a bare “sinon” before the final notice: another way to pay is no threat', () => {
    const threats = (text: string, model?: null) =>
      analyze(text, { today, stage: 'overdue', ...(model === null ? { model } : {}) }).findings.filter(
        (f) => f.kind === 'threat',
      );
    const alternative =
      'Bonjour Paul, tu peux régler par virement, sinon je prends aussi les chèques à l’atelier. ' +
      'Facture F-12 de 300 € due le 5 juin. Léa';
    expect(threats(alternative, null)).toHaveLength(1);
    expect(threats(alternative)).toEqual([]);
    const consequence =
      'Bonjour Paul, la facture F-12 de 300 € est due depuis le 5 juin : merci de régler cette semaine, ' +
      'sinon je coupe l’accès au site. Léa';
    expect(threats(consequence).map((f) => f.text)).toEqual(['sinon je coupe l’accès au site']);
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
