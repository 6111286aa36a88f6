/**
 * The one feature extractor, imported by the trainer and by the analyzer: what the model sees of a clause.
 * Any change here changes what the shipped weights mean: bump FEATURE_VERSION and retrain (a test checks
 * that the weights were trained with the features this code extracts).
 */
import type { Lang, Stage, ToneCategory } from '../../shared/vocab';
import { languagePack, type Token, tokenize, type WordInfo } from '../lang/index';
import { firstNotBefore } from '../text/bisect';
import type { Granularity } from './units';

export const FEATURE_VERSION = 1;

/** Which feature families are on: the trainer's ablation switches them; the weights file records them. */
export interface FeatureConfig {
  granularity: Granularity;
  /**
   * The units vagueness is judged over, when not `granularity`: "invoice 42 for $300, whenever you get a
   * chance" is one clause, where the reference and the amount drown the vague half. Absent in weights
   * trained before it.
   */
  vagueGranularity?: Granularity;
  words: boolean;
  bigrams: boolean;
  /** Word triples ("i'm sure you", "must be nice"); absent in weights trained before they existed. */
  trigrams?: boolean;
  chars: boolean;
  lemmas: boolean;
  tags: boolean;
  cues: boolean;
  rules: boolean;
  stage: boolean;
  /** Words of the rest of the sentence, for a clause (the "if" before "we will…"). */
  context: boolean;
  /**
   * The clause's words again, marked, in an email that gives neither an invoice reference nor an amount:
   * "the balance" is vague there and fine beside "invoice 42, $300". Absent in weights trained before it.
   */
  unreferenced?: boolean;
  /** Likewise in an email that gives no due date and no deadline ("as soon as you can" is vague there). */
  undated?: boolean;
  /**
   * How many findings of each category the phrase rules made elsewhere in the email: a borderline clause in
   * an email that is hostile elsewhere is likelier hostile. Absent in weights trained before it.
   */
  elsewhere?: boolean;
}

/**
 * The shipped choice, from the ablation in the README: character n-grams and stage features overfit; word
 * triples rank a little better but double the weights file; marking the words of emails with no reference
 * raises vague recall, marking those of emails with no date adds little; vagueness judged over phrases finds
 * what facts beside it drowned in a clause, and the rules' findings elsewhere in the email raise hostility recall.
 */
export const DEFAULT_FEATURES: FeatureConfig = {
  granularity: 'clause',
  words: true,
  bigrams: true,
  chars: false,
  lemmas: true,
  tags: true,
  cues: true,
  rules: true,
  stage: false,
  context: true,
  unreferenced: true,
  vagueGranularity: 'phrase',
  elsewhere: true,
};

/** The units a category is judged over. */
export function granularityOf(config: FeatureConfig, category: ToneCategory): Granularity {
  return category === 'vague' ? (config.vagueGranularity ?? config.granularity) : config.granularity;
}

/** What the analyzer knows about a clause besides its words. */
export interface UnitContext {
  lang: Lang;
  stage: Stage;
  /** Ids of the phrase rules that fired inside the clause. */
  rules: readonly string[];
  /** Kinds of the facts found inside the clause (amount, dueDate…). */
  facts: readonly string[];
  /** Whether the email gives an invoice reference or an amount anywhere. */
  referenced: boolean;
  /** Whether the email gives a due date or a deadline anywhere. */
  dated: boolean;
  /** The sentence around the clause, and where the clause sits in it. */
  sentence: string;
  offsetInSentence: number;
  /** The sentence's tokens, when the caller has them: the clause's own and its neighbours are read from them. */
  sentenceTokens?: readonly Token[];
  /** Rule findings per category in the rest of the email (outside this clause). */
  elsewhere?: { aggressive: number; vague: number };
}

/** Feature names, each with the token it came from (-1 for a clause-wide feature), for explanations. */
export interface Extracted {
  names: string[];
  tokenOf: number[];
  tokens: Token[];
}

const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'u',
  'ur',
  'vous',
  'votre',
  'vos',
  'tu',
  'te',
  "t'",
  'toi',
  'ton',
  'ta',
  'tes',
]);
const FIRST_PERSON = new Set([
  'i',
  'we',
  'me',
  'us',
  'my',
  'our',
  'je',
  "j'",
  'nous',
  'moi',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
  'on',
]);
const NEGATION = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'nobody',
  'none',
  'ne',
  "n'",
  'pas',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'plus',
]);
const FINAL_STAGES = new Set<Stage>(['final']);

export function extractFeatures(text: string, ctx: UnitContext, config: FeatureConfig): Extracted {
  const pack = languagePack(ctx.lang);
  const from = ctx.offsetInSentence;
  const within = ctx.sentenceTokens && tokensBetween(ctx.sentenceTokens, from, from + text.length);
  const tokens = within ?? tokenize(text);
  const names: string[] = [];
  const tokenOf: number[] = [];
  const add = (name: string, token = -1) => {
    names.push(name);
    tokenOf.push(token);
  };
  const stageGroup = FINAL_STAGES.has(ctx.stage) ? 'F' : 'E';
  // Figures, dates and codes say nothing about tone: every token with a digit is one word, "#".
  const folds = tokens.map((t) => (/\d/.test(t.fold) ? '#' : t.fold));
  const infos = tokens.map((t) => pack.word(t.norm));

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = folds[i] as string;
    if (config.words) {
      add(`w:${w}`, i);
      if (config.stage) add(`${stageGroup}w:${w}`, i);
    }
    if (config.bigrams) add(`b:${i === 0 ? '^' : folds[i - 1]}_${w}`, i);
    if (config.trigrams && i > 0) add(`t:${i === 1 ? '^' : folds[i - 2]}_${folds[i - 1]}_${w}`, i);
    if (config.chars && w.length >= 3 && !/\d/.test(w)) charGrams(w, (g) => add(`c:${g}`, i));
    if (config.lemmas || config.tags) {
      const info = infos[i] as WordInfo;
      if (config.lemmas && info.lemma !== t.norm) add(`l:${info.lemma}`, i);
      if (config.tags) {
        const prev = i === 0 ? '^' : (infos[i - 1] as WordInfo).pos;
        add(`p:${prev}_${info.pos}`, i);
        if (i === 0) add(`p0:${info.pos}`, i);
      }
    }
    if (
      config.cues &&
      t.text.length >= 3 &&
      /\p{Lu}/u.test(t.text) &&
      t.text === t.text.toUpperCase() &&
      !/\d/.test(t.text)
    )
      add(`C:${w}`, i);
  }
  if (config.bigrams && tokens.length) add(`b:${folds[folds.length - 1]}_$`, tokens.length - 1);
  if (config.cues) cues(text, tokens, infos, add);
  if (config.rules) for (const r of ctx.rules) add(`r:${r}${config.stage ? `:${stageGroup}` : ''}`);
  if (config.cues) for (const f of ctx.facts) add(`f:${f}`);
  if (config.stage) add(`st:${ctx.stage}`);
  if (config.unreferenced && !ctx.referenced) marked('nr', folds, add);
  if (config.undated && !ctx.dated) marked('nd', folds, add);
  if (config.elsewhere && ctx.elsewhere) {
    add(`ea:${Math.min(2, ctx.elsewhere.aggressive)}`);
    add(`ev:${Math.min(2, ctx.elsewhere.vague)}`);
  }
  if (config.context && config.granularity !== 'sentence') {
    const around =
      within && ctx.sentenceTokens ? neighbours(ctx.sentenceTokens, from, from + text.length) : null;
    const before = around?.before ?? tokenize(ctx.sentence.slice(0, from)).slice(-4);
    const after = around?.after ?? tokenize(ctx.sentence.slice(from + text.length)).slice(0, 3);
    for (const t of before) add(`<:${t.fold}`);
    for (const t of after) add(`>:${t.fold}`);
  }
  return { names, tokenOf, tokens };
}

/**
 * The tokens of `sentence.slice(from, to)` as `tokenize` gives them, read from the sentence's tokens: null when a
 * token crosses either end (then the two differ).
 */
function tokensBetween(tokens: readonly Token[], from: number, to: number): Token[] | null {
  const first = firstNotBefore(tokens, (t) => t.start < from);
  if (first > 0 && (tokens[first - 1] as Token).end > from) return null;
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).end <= to) last++;
  if (last < tokens.length && (tokens[last] as Token).start < to) return null;
  return tokens.slice(first, last).map((t) => ({ ...t, start: t.start - from, end: t.end - from }));
}

/** The last four tokens before a clause and the first three after it (the clause's ends fall between tokens). */
function neighbours(tokens: readonly Token[], from: number, to: number): { before: Token[]; after: Token[] } {
  const first = firstNotBefore(tokens, (t) => t.start < from);
  const next = firstNotBefore(tokens, (t) => t.start < to);
  return { before: tokens.slice(Math.max(0, first - 4), first), after: tokens.slice(next, next + 3) };
}

function marked(mark: string, folds: readonly string[], add: (name: string, token?: number) => void): void {
  add(mark);
  folds.forEach((w, i) => {
    if (w !== '#') add(`${mark}:${w}`, i);
  });
}

function charGrams(word: string, emit: (g: string) => void): void {
  const padded = `<${word}>`;
  for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) emit(padded.slice(i, i + n));
}

function cues(
  text: string,
  tokens: readonly Token[],
  infos: readonly WordInfo[],
  add: (name: string, token?: number) => void,
): void {
  let second = -1;
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (SECOND_PERSON.has(t.norm)) {
      if (second < 0) add('2p', i);
      second = i;
    } else if (FIRST_PERSON.has(t.norm)) first = true;
    if (NEGATION.has(t.norm) || t.norm.endsWith("n't")) {
      add('neg', i);
      if (second >= 0 && i - second <= 3) add('2p-neg', i);
    }
    // "you ignored", "vous n'avez pas réglé": the person addressed as the subject of what went wrong.
    if (second >= 0 && i > second && i - second <= 3) {
      const info = infos[i] as WordInfo;
      if (info.pos === 'verb') add(`2v:${info.lemma}`, i);
    }
  }
  if (first) add('1p');
  const bangs = (text.match(/!/g) ?? []).length;
  if (bangs) add(bangs > 1 ? '!!' : '!');
  if (text.includes('?')) add('?');
  if (/\?\s*$/.test(text) && second >= 0) add('2p?');
  if (/["“”«»]\s*\p{L}[^"“”«»]{0,30}["“”«»]|'\p{L}[^']{2,30}'/u.test(text)) add('scare-quotes');
  const n = tokens.length;
  add(`len:${n < 4 ? 'xs' : n < 9 ? 's' : n < 18 ? 'm' : 'l'}`);
}

/** What the analyzer knows about the whole email, for "is this a payment request at all?". */
export interface EmailContext {
  lang: Lang;
  /** Kinds of the facts found anywhere in the email. */
  facts: readonly string[];
  /** Ids of the phrase rules that fired anywhere in the email. */
  rules: readonly string[];
}

/** The words, lemmas and word pairs of one line of an email (cached per line by the analyzer). */
export function lineFeatures(line: string, lang: Lang): string[] {
  const names = new Set<string>();
  const tokens = tokenize(line);
  const pack = languagePack(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    names.add(`w:${t.fold}`);
    names.add(`l:${pack.word(t.norm).lemma}`);
    if (i > 0) names.add(`b:${(tokens[i - 1] as Token).fold}_${t.fold}`);
  }
  return [...names];
}

/** Email-level features: the lines' words, the facts present, the rules that fired. */
export function emailFeatures(lines: readonly (readonly string[])[], ctx: EmailContext): string[] {
  const names = new Set<string>();
  for (const line of lines) for (const n of line) names.add(n);
  for (const n of emailWideFeatures(ctx)) names.add(n);
  return [...names];
}

/** The email-level features that are not any one line's: the facts present, the rules that fired, the language. */
export function emailWideFeatures(ctx: EmailContext): string[] {
  const facts = new Set(ctx.facts);
  return [
    ...[...facts].map((f) => `f:${f}`),
    `facts:${['amount', 'invoice', 'dueDate', 'paymentInstructions'].filter((f) => facts.has(f)).length}`,
    ...[...new Set(ctx.rules)].map((r) => `r:${r}`),
    `lang:${ctx.lang}`,
  ];
}
