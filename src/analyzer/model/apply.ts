/**
 * Merges the learned model's judgement with the rules' findings: the model adds findings where no rule
 * covers a clause, confirms (and so raises the confidence of) rule findings, vetoes rule findings it is
 * sure are fine, decides whether the draft is a payment request at all, and sets the tone.
 */
import { categoryOfKind, type Kind, TONE_CATEGORIES, type ToneCategory } from '../../shared/vocab';
import type { Token } from '../lang/index';
import type { Finding, Report, RulesReport, Tone, ToneLabel } from '../types';
import { NEVER, type Thresholds, type UnitScore } from './classifier';
import type { PerCategory } from './clauses';
import type { Unit } from './units';
import { KIND_MESSAGE, sentenceSuggestions } from './wording';

export interface ScoredClause {
  unit: Unit;
  tokens: readonly Token[];
  score: UnitScore;
}

export interface MergeOptions {
  thresholds: Thresholds;
  /** Rule ids and kinds the user switched off. */
  disabled: ReadonlySet<string>;
  isAllowed: (text: string) => boolean;
}

/** The fewest words a stretch of a clause beside a rule's finding needs to be flagged on its own. */
const MIN_STRETCH_WORDS = 2;

/** A rule's own confidence before the model has a say. */
const RULE_PRIOR = 0.6;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** How likely the model finds a rule's finding to carry its tone, judged in its clause. */
function modelProbability(f: Finding, clauses: readonly ScoredClause[], category: ToneCategory): number {
  let p = 0;
  for (const c of clauses) if (overlaps(f, c.unit)) p = Math.max(p, c.score[category]);
  return p;
}

/**
 * The model's judgement of a finding's own words, apart from the rest of their clause: a short jab at the head
 * of a long factual clause ("As per my last email, invoice 42 for $300 was due on 5 May") is drowned there by
 * the facts around it.
 */
function ownWordsProbability(f: Finding, clauses: readonly ScoredClause[], category: ToneCategory): number {
  let p = 0;
  for (const c of clauses) {
    if (!overlaps(f, c.unit)) continue;
    const inside = tokenRange(c, f);
    if (inside.to === inside.from) continue;
    const own = c.score.without([
      { from: 0, to: inside.from, rule: '' },
      { from: inside.to, to: c.tokens.length, rule: '' },
    ]);
    p = Math.max(p, own[category]);
  }
  return p;
}

/** The tokens of a clause that a span covers, as [from, to). */
function tokenRange(c: ScoredClause, span: { start: number; end: number }): { from: number; to: number } {
  let from = -1;
  let to = -1;
  c.tokens.forEach((t, i) => {
    if (overlaps({ start: c.unit.start + t.start, end: c.unit.start + t.end }, span)) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? { from: 0, to: 0 } : { from, to };
}

/** `units`: for each category, the scored units it is judged over (clauses, or phrases for vagueness). */
export function mergeModel(
  text: string,
  base: RulesReport,
  units: PerCategory<readonly ScoredClause[]>,
  reminderProbability: number,
  opts: MergeOptions,
): Report {
  const t = opts.thresholds[base.lang];
  const isReminder = reminderProbability >= t.reminder;
  const kept: Finding[] = [];
  for (const f of base.findings) {
    if (f.category === 'inconsistent' || !f.kind) {
      if (isReminder) kept.push(f);
      continue;
    }
    const category = f.category as ToneCategory;
    const p = modelProbability(f, units[category], category);
    if (!isReminder && (category === 'vague' || p < t.aggressiveOrdinary)) continue;
    // The model does not see the stage; whether a consequence is a threat depends on it, so before the final
    // notice the rules decide. (Vetoing them there was tried: the model, which learnt from final notices that
    // "we will take legal action" can be fine, dropped real threats.)
    const stageDecides = f.kind === 'threat' && base.stage !== 'final' && !f.tentative;
    const rescueBar = t.rescue?.[category] ?? NEVER;
    const vetoed =
      p < t.veto[category] &&
      !stageDecides &&
      !(rescueBar <= 1 && ownWordsProbability(f, units[category], category) >= rescueBar);
    if (vetoed) continue;
    kept.push({ ...f, confidence: round(1 - (1 - RULE_PRIOR) * (1 - p)) });
  }

  const informal =
    base.lang === 'fr' && /(?:^|[^\p{L}])(?:tu|ton|ta|tes|toi|t['’])(?=[^\p{L}]|$)/iu.test(text);
  const added: Finding[] = [];
  const judgeUnit = (
    c: ScoredClause,
    category: ToneCategory,
    bar: number,
    coveringOf: () => Finding[],
  ): Finding | null => {
    if (c.score[category] < bar) return null;
    const covering = coveringOf();
    let judged: ScoredClause | null = c;
    if (covering.length) {
      const residualBar = t.residual?.[category] ?? NEVER;
      judged = residualBar <= 1 ? besideRules(text, c, covering, category) : null;
      if (!judged || judged.score[category] < residualBar) return null;
    }
    const p = judged.score[category];
    const kind = judged.score.kind[category];
    if (opts.disabled.has(kind) || !allowedByPolicy(kind, judged, base)) return null;
    const finding = modelFinding(text, judged, category, kind, p, base, informal);
    return opts.isAllowed(finding.text) ? null : finding;
  };
  for (const category of TONE_CATEGORIES) {
    if (category === 'vague' && !isReminder) continue;
    const threshold =
      category === 'aggressive' ? (isReminder ? t.aggressive : t.aggressiveOrdinary) : t.vague;
    for (const c of units[category]) {
      const finding = judgeUnit(c, category, threshold, () =>
        kept.filter((f) => f.category === category && overlaps(f, c.unit)),
      );
      if (finding) added.push(finding);
    }
  }
  // In a payment email that already carries a finding of a category, a clause elsewhere is held to the lower
  // companion bar: one jab read, the next is read the way a careful editor reads it.
  if (isReminder)
    for (const category of TONE_CATEGORIES) {
      const bar = t.companion?.[category] ?? NEVER;
      const found = [...kept, ...added].filter((f) => f.category === category);
      if (bar > 1 || found.length === 0) continue;
      const covered = coverage(text.length, found);
      for (const c of units[category]) {
        if (c.score[category] >= t[category] || covered(c.unit)) continue;
        const finding = judgeUnit(c, category, bar, () => []);
        if (finding) added.push(finding);
      }
    }

  const findings = [...kept, ...wholeSentences(text, added, units, base, informal)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  return {
    ...base,
    reminder: { is: isReminder, confidence: round(reminderProbability) },
    stage: isReminder ? base.stage : null,
    findings,
    missing: isReminder ? base.missing : [],
    tone: modelTone(units.aggressive, findings),
  };
}

/** Whether a span overlaps any of the findings, in time linear in the text and the findings. */
function coverage(
  length: number,
  findings: readonly Finding[],
): (span: { start: number; end: number }) => boolean {
  const marks = new Int32Array(length + 2);
  for (const f of findings) {
    marks[f.start + 1] = (marks[f.start + 1] as number) + 1;
    marks[f.end + 1] = (marks[f.end + 1] as number) - 1;
  }
  // After the two passes, covered[i] counts the characters before i that some finding covers.
  let depth = 0;
  for (let i = 1; i < marks.length; i++) {
    depth += marks[i] as number;
    marks[i] = (marks[i - 1] as number) + (depth > 0 ? 1 : 0);
  }
  return (span) => (marks[span.end] as number) - (marks[span.start] as number) > 0;
}

/**
 * A clause may carry two vague phrases, or a jab beside a phrase a rule already flagged ("pense à la facture
 * quand t'as un moment, y a pas le feu"): the clause is judged again without the flagged words, and what is
 * left, if the model still flags it, becomes a finding over the stretch of the clause that weighed most.
 */
function besideRules(
  text: string,
  c: ScoredClause,
  covering: readonly Finding[],
  category: ToneCategory,
): ScoredClause | null {
  const at = (i: number) => {
    const t = c.tokens[i] as Token;
    return { start: c.unit.start + t.start, end: c.unit.start + t.end };
  };
  const drop = covering.map((f) => ({ ...tokenRange(c, f), rule: f.rule }));
  const score = c.score.without(drop);
  const stretches: { from: number; to: number }[] = [];
  let from = 0;
  for (const d of [...drop].sort((x, y) => x.from - y.from)) {
    if (d.from > from) stretches.push({ from, to: d.from });
    from = Math.max(from, d.to);
  }
  if (from < c.tokens.length) stretches.push({ from, to: c.tokens.length });
  const weighed = score.why(category)[0];
  if (weighed === undefined) return null;
  const stretch = stretches.find((s) => weighed >= s.from && weighed < s.to);
  if (!stretch || stretch.to - stretch.from < MIN_STRETCH_WORDS) return null;
  const start = at(stretch.from).start;
  const end = at(stretch.to - 1).end;
  return { ...c, unit: { ...c.unit, start, end, text: text.slice(start, end) }, score };
}

/**
 * Clauses of one sentence flagged in the same category become one finding over the sentence when they
 * cover most of it: one card instead of two, and a replacement for the whole sentence can be offered.
 */
function wholeSentences(
  text: string,
  added: Finding[],
  units: PerCategory<readonly ScoredClause[]>,
  base: RulesReport,
  informal: boolean,
): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of added) {
    // Only findings over a whole clause group (not a stretch beside a rule's finding).
    const c = units[f.category as ToneCategory].find((x) => x.unit.start === f.start && x.unit.end === f.end);
    if (!c || (c.unit.start === c.unit.sentenceStart && c.unit.end === c.unit.sentenceEnd)) {
      out.push(f);
      continue;
    }
    const key = `${c.unit.sentenceStart} ${f.category}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, group] of groups) {
    const [at, groupCategory] = key.split(' ');
    const sentenceStart = Number(at);
    const c = units[groupCategory as ToneCategory].find(
      (x) => x.unit.sentenceStart === sentenceStart,
    ) as ScoredClause;
    const flagged = group.reduce((n, f) => n + (f.end - f.start), 0);
    if (flagged < 0.6 * (c.unit.sentenceEnd - sentenceStart)) {
      out.push(...group);
      continue;
    }
    const top = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const unit = {
      ...c.unit,
      start: sentenceStart,
      end: c.unit.sentenceEnd,
      text: text.slice(sentenceStart, c.unit.sentenceEnd),
    };
    const category = top.category as ToneCategory;
    const why = [...new Set(group.flatMap((f) => f.why ?? []))].slice(0, 3);
    out.push(
      modelFinding(text, { ...c, unit }, category, top.kind as Kind, top.confidence, base, informal, why),
    );
  }
  return out;
}

// At the final notice a consequence stated with its date or its contractual basis is the right move.
const STATED_BASIS =
  /\d|\b(?:clause|section|article|terms|contract|agreement|conditions|CGV|contrat|loi|act)\b/i;

function allowedByPolicy(kind: Kind, c: ScoredClause, base: Report): boolean {
  if (kind === 'threat' && base.stage === 'final' && STATED_BASIS.test(c.unit.text)) return false;
  if (kind === 'vague-reference' && (base.facts.amount.length > 0 || base.facts.invoice.length > 0))
    return false;
  return true;
}

function modelFinding(
  text: string,
  c: ScoredClause,
  category: ToneCategory,
  kind: Kind,
  p: number,
  base: RulesReport,
  informal: boolean,
  weighed?: string[],
): Finding {
  const { unit } = c;
  const wholeSentence = unit.start === unit.sentenceStart && unit.end === unit.sentenceEnd;
  let end = unit.end;
  let suggestions: string[] = [];
  if (wholeSentence) {
    suggestions = sentenceSuggestions(kind, {
      lang: base.lang,
      facts: base.facts,
      informal,
    });
    // Removing a sentence takes the space after it along.
    if (suggestions.includes('')) end += /^[ \u00a0]*/.exec(text.slice(end))?.[0].length ?? 0;
  }
  const why =
    weighed ??
    c.score
      .why(category)
      .map((i) => c.tokens[i]?.text)
      .filter((w): w is string => !!w);
  const message = KIND_MESSAGE[kind][base.lang];
  const words =
    why.length > 0
      ? base.lang === 'fr'
        ? ` Mots déterminants : ${why.map((w) => `« ${w} »`).join(', ')}.`
        : ` Words that weighed most: ${why.map((w) => `“${w}”`).join(', ')}.`
      : '';
  return {
    rule: kind,
    category: categoryOfKind(kind),
    kind,
    severity: category === 'aggressive' ? 'error' : 'warning',
    start: unit.start,
    end,
    text: text.slice(unit.start, end),
    message: message + words,
    suggestions,
    source: 'model',
    confidence: round(p),
    why,
  };
}

const LABELS: readonly [number, ToneLabel][] = [
  [25, 'friendly'],
  [50, 'professional'],
  [68, 'firm'],
  [101, 'aggressive'],
];

/**
 * The tone follows the model: the most hostile clause sets the score, and each aggressive finding kept adds
 * to it, so one jab reads as firm and several as aggressive.
 */
function modelTone(clauses: readonly ScoredClause[], findings: readonly Finding[]): Tone {
  let hostility = 0;
  for (const c of clauses) hostility = Math.max(hostility, c.score.aggressive);
  const aggressive = findings.filter((f) => f.category === 'aggressive');
  let score = 15 + 50 * hostility;
  if (aggressive.length > 0) score = Math.max(score, 70) + 8 * (aggressive.length - 1);
  score = Math.round(Math.min(100, Math.max(0, score)));
  const label = LABELS.find(([max]) => score < max)?.[1] ?? 'aggressive';
  return { score, label };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
