import { findAmounts } from './facts/amount';
import { classifyDates, type DateMention, findDates, toIso } from './facts/dates';
import { findInvoiceRefs } from './facts/invoice';
import { findContacts, findPaymentInstructions } from './facts/payment';
import { type LangVotes, langVotes, pickLang } from './lang';
import { CONSISTENCY_RULES } from './rules/consistency';
import { RULES } from './rules/registry';
import type { DocView, Phrase, RawMatch, Rule } from './rules/rule';
import { inferStage, type StageCues, stageCues } from './stage';
import { LineCache } from './text/line-cache';
import { type CompiledPhrases, compilePhrases, literalPhrase, matchPhrases } from './text/pattern';
import { clauseAround, type Segment, splitLines, splitSentences } from './text/segment';
import { scoreTone, type ToneCues, toneCues } from './tone';
import {
  type AnalyzeOptions,
  FACT_KINDS,
  type FactKind,
  type FactMention,
  type Facts,
  type Finding,
  type Lang,
  REQUIRED_FACTS,
  type Report,
  type RulesReport,
  type Stage,
} from './types';

/** Everything learnt from one sentence without the rest of the email: the part worth caching. */
interface SentenceResult {
  start: number;
  text: string;
  matches: RawMatch[];
  facts: FactMention[];
  dates: DateMention[];
  cues: StageCues;
}

interface LineResult {
  sentences: SentenceResult[];
  tone: ToneCues;
}

interface CompiledRule {
  rule: Rule;
  compiled: Partial<Record<Lang, CompiledPhrases>>;
}

const compiledCache = new WeakMap<Rule, CompiledRule>();

function compileRule(rule: Rule): CompiledRule {
  let c = compiledCache.get(rule);
  if (!c) {
    c = { rule, compiled: {} };
    for (const lang of ['en', 'fr'] as const) {
      const list = rule.phrases?.[lang];
      if (list?.length)
        c.compiled[lang] = compilePhrases(
          list.map((p) => p.match),
          rule.caseSensitive,
        );
    }
    compiledCache.set(rule, c);
  }
  return c;
}

function customRules(flag: AnalyzeOptions['flag']): Rule[] {
  if (!flag?.length) return [];
  return (['aggressive', 'vague'] as const).flatMap((category): Rule[] => {
    const phrases: Phrase[] = flag
      .filter((f) => f.category === category && f.phrase.trim())
      .map((f) => ({ match: literalPhrase(f.phrase), ...(f.message ? { message: f.message } : {}) }));
    if (phrases.length === 0) return [];
    return [
      {
        id: `custom-${category}`,
        category,
        severity: category === 'aggressive' ? 'error' : 'warning',
        description: `Phrases you asked to flag as ${category}.`,
        message: {
          en: 'You asked to flag this phrase.',
          fr: 'Vous avez demandé à signaler cette expression.',
        },
        phrases: { en: phrases, fr: phrases },
      },
    ];
  });
}

function analyzeSentence(
  seg: Segment,
  lineStart: number,
  lang: Lang,
  today: Date,
  rules: readonly CompiledRule[],
): SentenceResult {
  const text = seg.text;
  const matches: RawMatch[] = [];
  for (const { rule, compiled } of rules) {
    const phrases = rule.phrases?.[lang];
    const c = compiled[lang];
    if (c && phrases) {
      for (const m of matchPhrases(c, text)) {
        const phrase = phrases[m.phrase];
        let [start, end] = [m.start, m.end];
        if (phrase?.span === 'clause') [start, end] = clauseAround(text, start, end);
        else if (phrase?.span === 'toClauseEnd') end = Math.max(end, clauseAround(text, start, end)[1]);
        else if (phrase?.span === 'toSentenceEnd') end = text.replace(/[\s.!?]+$/, '').length;
        const raw: RawMatch = { rule: rule.id, start, end, ...(phrase ? { phrase } : {}) };
        if (!rule.skip?.(raw, text)) matches.push(raw);
      }
    }
    if (rule.find) for (const raw of rule.find(text, lang)) if (!rule.skip?.(raw, text)) matches.push(raw);
  }
  const dates = findDates(text, lang, today);
  const { dueDates, deadlines } = classifyDates(text, 0, dates);
  const cues = stageCues(text);
  const todayIso = toIso(today);
  for (const d of dueDates) {
    // "was due on 2 April": a date without a year in a late email is the last 2 April, not the next one.
    if (/^\d{4}-/.test(d.value) && d.value > todayIso && cues.late) {
      const date = dates.find((x) => x.start === d.start);
      if (date && !date.yearCertain) d.value = `${Number(d.value.slice(0, 4)) - 1}${d.value.slice(4)}`;
    }
  }
  const facts = withoutOverlaps([
    ...findAmounts(text),
    ...findInvoiceRefs(text),
    ...dueDates,
    ...deadlines,
    ...findPaymentInstructions(text),
    ...findContacts(text),
  ]);
  return { start: seg.start - lineStart, text, matches, facts, dates, cues };
}

/** Keeps the first of two mentions of the same kind that overlap ("is due TODAY" found as a date and as a phrase). */
function withoutOverlaps(facts: FactMention[]): FactMention[] {
  return facts.filter(
    (f, i) => !facts.some((o, j) => j < i && o.kind === f.kind && o.start < f.end && f.start < o.end),
  );
}

function matchCase(suggestion: string, original: string, opensSentence: boolean): string {
  if (!suggestion) return suggestion;
  const first = original[0] ?? '';
  const allCaps = original.length > 1 && original === original.toUpperCase();
  // "Per my last email" → "Following up…"; "ASAP" mid-sentence (an acronym, not a capitalised word) → "by [date]".
  const capital = opensSentence || (/\p{Lu}/u.test(first) && !allCaps);
  if (capital && /^\p{Ll}/u.test(suggestion)) return suggestion[0]?.toUpperCase() + suggestion.slice(1);
  if (!capital && /^\p{Lu}\p{Ll}/u.test(suggestion))
    return suggestion[0]?.toLowerCase() + suggestion.slice(1);
  return suggestion;
}

export interface Analyzer {
  analyze(text: string): Report;
}

/** The rules engine (and the learned model, when `options.model` gives one); it remembers what it learnt of each line, so re-analysis after a keystroke costs the changed line. */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  const disabled = new Set(options.disabledRules ?? []);
  const allow = (options.allow ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean);
  const rules = [...RULES, ...customRules(options.flag)].filter((r) => !disabled.has(r.id)).map(compileRule);
  const ruleById = new Map(rules.map((r) => [r.rule.id, r.rule]));
  const consistency = CONSISTENCY_RULES.filter((r) => !disabled.has(r.id));
  const judge = options.model ? options.model.createJudge() : null;
  const votesCache = new LineCache<LangVotes>();
  // Sentence results depend on the language and the reference day: a change of either starts afresh.
  let lineCache = new LineCache<LineResult>();
  let lineCacheFor = '';

  function analyze(input: string): Report {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const today = options.today ?? new Date();
    const todayIso = toIso(today);
    const lines = splitLines(text);

    let lang = options.lang;
    if (!lang) {
      const total = { en: 0, fr: 0 };
      for (const line of lines) {
        let v = votesCache.get(line.text);
        if (!v) {
          v = langVotes(line.text);
          votesCache.set(line.text, v);
        }
        total.en += v.en;
        total.fr += v.fr;
      }
      lang = pickLang(total);
    }

    if (lineCacheFor !== `${lang} ${todayIso}`) {
      lineCache = new LineCache<LineResult>();
      lineCacheFor = `${lang} ${todayIso}`;
    }
    const absolute: { start: number; result: SentenceResult }[] = [];
    const tone: ToneCues = { warmth: 0, firmness: 0 };
    for (const line of lines) {
      let result = lineCache.get(line.text);
      if (!result) {
        result = {
          sentences: splitSentences({ start: 0, text: line.text }).map((s) =>
            analyzeSentence(s, 0, lang, today, rules),
          ),
          tone: toneCues(line.text, lang),
        };
        lineCache.set(line.text, result);
      }
      tone.warmth += result.tone.warmth;
      tone.firmness += result.tone.firmness;
      for (const s of result.sentences) absolute.push({ start: line.start + s.start, result: s });
    }
    votesCache.rotate();
    lineCache.rotate();

    const facts = Object.fromEntries(FACT_KINDS.map((k) => [k, [] as FactMention[]])) as unknown as Facts;
    const cues: StageCues = { final: false, correction: false, upcoming: false, late: false };
    const certainDueDates: string[] = [];
    for (const { start, result } of absolute) {
      for (const f of result.facts) {
        facts[f.kind].push({ ...f, start: f.start + start, end: f.end + start });
        if (f.kind === 'dueDate' && result.dates.some((d) => d.start === f.start && d.yearCertain))
          certainDueDates.push(f.value);
      }
      cues.final ||= result.cues.final;
      cues.correction ||= result.cues.correction;
      cues.upcoming ||= result.cues.upcoming;
      cues.late ||= result.cues.late;
    }
    const inferred = options.stage ? null : inferStage(cues, facts.dueDate, certainDueDates, todayIso);
    const stage: Stage = options.stage ?? inferred ?? 'overdue';
    const has = Object.fromEntries(FACT_KINDS.map((k) => [k, facts[k].length > 0])) as Record<
      FactKind,
      boolean
    >;
    // Before the due date, on it, or for a correction, the date the payment is asked for is the due date.
    if (!has.dueDate && has.deadline && (stage === 'upcoming' || stage === 'due' || stage === 'correction')) {
      has.dueDate = true;
    }
    const doc: DocView = { stage, lang, has };

    const findings: Finding[] = [];
    for (const { start: sentenceStart, result } of absolute) {
      for (const m of result.matches) {
        const rule = ruleById.get(m.rule);
        if (!rule) continue;
        const verdict = rule.keep ? rule.keep(m, result, doc) : true;
        if (verdict === false) continue;
        const message =
          typeof verdict === 'object' ? verdict.message : (m.phrase?.message ?? rule.message[lang]);
        const f = buildFinding(text, rule, m, sentenceStart, message);
        if (!isAllowed(f.text, allow)) findings.push(f);
      }
    }
    const consistencyInput = {
      text,
      lang,
      todayIso,
      sentences: absolute.map(({ start, result }) => ({
        start,
        text: result.text,
        dates: result.dates,
        facts: result.facts,
      })),
    };
    for (const rule of consistency) findings.push(...rule.check(consistencyInput));

    const kept = dropDuplicates(findings).map((f) => keepFacts(f, facts));
    const base: RulesReport = {
      reminder: { is: true, confidence: 1 },
      stage,
      stageSource: options.stage ? 'given' : inferred ? 'inferred' : 'default',
      lang,
      findings: kept,
      facts,
      missing: REQUIRED_FACTS.filter((k) => !has[k]),
      tone: scoreTone(tone, kept),
    };
    if (!judge) return base;
    return judge.judge({
      text,
      base,
      lines: lines.map((l) => l.text),
      disabled,
      isAllowed: (found) => isAllowed(found, allow),
    });
  }

  return { analyze };
}

function buildFinding(
  text: string,
  rule: Rule,
  m: RawMatch,
  sentenceStart: number,
  message: string,
): Finding {
  const start = sentenceStart + m.start;
  let end = sentenceStart + m.end;
  const original = text.slice(start, end);
  let suggestions = m.suggest
    ? [...m.suggest]
    : (m.phrase?.suggest ?? []).map((s) => matchCase(s, original, m.start === 0));
  if (suggestions.includes('')) {
    // A removable word: take the space after it along, unless it opens the sentence (the next word would
    // then need a capital the replacement cannot give).
    const trailing = /^[ \u00a0]+/.exec(text.slice(end))?.[0] ?? '';
    if (m.start === 0 || !trailing) suggestions = suggestions.filter((s) => s !== '');
    else end += trailing.length;
  }
  return {
    rule: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    text: text.slice(start, end),
    message,
    suggestions,
    ...(rule.kind ? { kind: rule.kind } : {}),
    source: 'rule',
    confidence: 0.6,
    ...(m.phrase?.tentative ? { tentative: true as const } : {}),
  };
}

/**
 * A suggestion replaces the whole highlighted span: when that span holds an amount, an invoice number, a date or
 * payment details, a replacement without them would delete what the client needs to pay. Such suggestions
 * are dropped (the message still says what to change).
 */
function keepFacts(f: Finding, facts: Facts): Finding {
  if (f.suggestions.length === 0 || f.category === 'inconsistent') return f;
  const inside: string[] = [];
  for (const kind of FACT_KINDS) {
    for (const m of facts[kind])
      if (m.start >= f.start && m.end <= f.end && kind !== 'contact') inside.push(m.text);
  }
  if (inside.length === 0) return f;
  const suggestions = f.suggestions.filter((s) =>
    inside.every((fact) => s.toLowerCase().includes(fact.toLowerCase())),
  );
  return suggestions.length === f.suggestions.length ? f : { ...f, suggestions };
}

function isAllowed(found: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return false;
  const lower = found.toLowerCase();
  return allow.some((a) => lower.includes(a) || a.includes(lower.trim()));
}

/** Sorts findings and drops repeats: the same span twice in one category, or a span inside another of its rule. */
function dropDuplicates(findings: Finding[]): Finding[] {
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end || a.i - b.i)
    .map(({ f }) => f);
  const out: Finding[] = [];
  for (const f of sorted) {
    const dup = out.some(
      (o) =>
        (o.category === f.category && o.start === f.start && o.end === f.end) ||
        (o.rule === f.rule && o.start <= f.start && o.end >= f.end) ||
        // A hedge inside a jab ("Perhaps our reminders were lost at sea?") is part of the jab.
        (f.category === 'vague' && o.category === 'aggressive' && o.start <= f.start && o.end >= f.end),
    );
    if (!dup) out.push(f);
  }
  return out;
}
