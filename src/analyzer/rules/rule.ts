import type { DateMention } from '../facts/dates';
import type { Category, FactKind, Kind, Lang, Severity, Stage } from '../types';

/** One entry of a rule's phrase list: the data a rule is made of. */
export interface Phrase {
  /** A readable regex source; see `text/pattern.ts` for what is added (whole words, apostrophes, spaces). */
  match: string;
  /** Calmer or more specific wording, applied in place of the highlighted text. */
  suggest?: readonly string[];
  /** Overrides the rule's message for this phrase. */
  message?: string;
  /** How much to highlight: the phrase (default), its whole clause, or from the phrase to the clause's end. */
  span?: 'match' | 'clause' | 'toClauseEnd' | 'toSentenceEnd';
  /** A sub-kind the rule's `keep` can read (e.g. which fact makes a vague reference fine). */
  tag?: string;
  /**
   * The phrase alone does not carry the tone: what follows it does ("sinon, voici le lien" is no ultimatum).
   * The model may then overrule it at every stage, not only where the stage leaves the model the last word.
   */
  tentative?: true;
}

export type PhraseLists = Record<Lang, readonly Phrase[]>;

/** A match inside one sentence, before the rest of the email is known. Offsets are sentence-relative. */
export interface RawMatch {
  rule: string;
  start: number;
  end: number;
  phrase?: Phrase;
  /** Suggestions computed by a custom matcher (phrase matches take them from the phrase). */
  suggest?: readonly string[];
}

export interface SentenceView {
  text: string;
  dates: readonly DateMention[];
}

export interface DocView {
  stage: Stage;
  lang: Lang;
  has: Readonly<Record<FactKind, boolean>>;
}

export interface Rule {
  id: string;
  category: Category;
  /** The tone guide's kind of what it flags; none for placeholders and user phrases. */
  kind?: Kind;
  severity: Severity;
  /** What the rule catches, for the settings page. */
  description: string;
  message: Record<Lang, string>;
  phrases?: PhraseLists;
  caseSensitive?: boolean;
  /** A matcher for what a phrase list cannot say; offsets are sentence-relative. */
  find?: (sentence: string, lang: Lang) => RawMatch[];
  /** Drops a match that is fine in this sentence, whatever the rest of the email says (cached with the sentence). */
  skip?: (match: RawMatch, sentence: string) => boolean;
  /** Decides, with the whole email in view, whether a match stands; may give a stage-specific message. */
  keep?: (match: RawMatch, sentence: SentenceView, doc: DocView) => boolean | { message: string };
}

/** A conditional or a question ("if you didn't receive it", "have you had a chance") is not an accusation. */
export function insideCondition(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const clause = before.slice(clauseStart + 1);
  return /(?:^|[^\p{L}])(?:if|in case|unless|whether|when|si|s['’]|au cas où|lorsque|quand)(?:[^\p{L}]|$)/iu.test(
    clause,
  );
}
