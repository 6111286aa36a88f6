import type { Lang } from '../../shared/vocab';

/** A coarse part of speech, the same set in every language. */
export type Pos =
  | 'verb'
  | 'noun'
  | 'adjective'
  | 'adverb'
  | 'pronoun'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'negative'
  | 'question'
  | 'name'
  | 'number'
  | 'other';

export interface WordInfo {
  lemma: string;
  pos: Pos;
}

/** What a language contributes to the analyzer: each word's lemma and part of speech. */
export interface LangPack {
  lang: Lang;
  word(norm: string): WordInfo;
}

const MEMO_LIMIT = 60_000;

/** Wraps a word lookup in a memo: a writer's vocabulary is small, so each word is looked up about once. */
export function memoized(lang: Lang, lookup: (norm: string) => WordInfo): LangPack {
  const memo = new Map<string, WordInfo>();
  return {
    lang,
    word(norm) {
      let info = memo.get(norm);
      if (!info) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        info = /^[\p{N}.,\-/]+$/u.test(norm) ? { lemma: '#', pos: 'number' } : lookup(norm);
        memo.set(norm, info);
      }
      return info;
    },
  };
}

/** Reads a compromise lexicon tag (one tag or several) as a coarse part of speech. */
export function posOfTags(tags: readonly string[]): Pos {
  const has = (t: string) => tags.includes(t);
  if (has('Negative')) return 'negative';
  if (has('QuestionWord')) return 'question';
  if (has('Pronoun') || has('Possessive') || has('Reflexive')) return 'pronoun';
  if (has('Determiner')) return 'determiner';
  if (has('Preposition')) return 'preposition';
  if (has('Conjunction')) return 'conjunction';
  if (tags.some((t) => /Name$|^Person$|^Organization$|^Place$|^ProperNoun$/.test(t))) return 'name';
  if (tags.some((t) => /Cardinal|Ordinal|Value/.test(t))) return 'number';
  if (
    tags.some((t) =>
      /Infinitive|Tense|Gerund|Participle|Imperative|Modal|Auxiliary|Copula|Verb|Person(?:Plural)?$/.test(t),
    )
  )
    return 'verb';
  if (tags.some((t) => /Adjective|Comparative|Superlative/.test(t))) return 'adjective';
  if (has('Adverb')) return 'adverb';
  if (tags.some((t) => /Noun|Singular|Plural|Actor|Uncountable|Month|WeekDay|Date|Unit/.test(t)))
    return 'noun';
  return 'other';
}

export function tagList(tag: string | readonly string[] | undefined): string[] {
  if (!tag) return [];
  return typeof tag === 'string' ? tag.split(',') : [...tag];
}
