import { splitSentences } from '../text/segment';

/** A clause the model judges on its own: `text === input.slice(start, end)`. */
export interface Unit {
  start: number;
  end: number;
  text: string;
  /** The sentence it belongs to (offsets into the input). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Whole sentences; clauses; or phrases (clauses further cut at each comma). */
export type Granularity = 'sentence' | 'clause' | 'phrase';

// Where one clause ends and the next begins: strong punctuation, dashes, brackets, and a comma or a space
// before a conjunction that starts a new thought ("…, or we will…", "…, which is…", "… mais …").
const CLAUSE_BREAK =
  /\s*[;:]\s+|\s+[—–-]\s+|\s*[()]\s*|,\s+(?=(?:but|so|or|otherwise|which|because|unless|and then|or else|mais|sinon|donc|car|ou bien|faute de quoi|sans quoi|puisque|parce)\b)|\s+(?=(?:but|otherwise|or else|mais|sinon|faute de quoi|sans quoi)\s)/giu;
// A phrase ends at any comma too: "As per my last email, invoice 42 for $300 was due on 5 May".
const PHRASE_BREAK = new RegExp(`${CLAUSE_BREAK.source}|,\\s+`, 'giu');
const MIN_WORDS = 3;

/** The units of one line, with offsets into the line. */
export function unitsOfLine(line: string, granularity: Granularity): Unit[] {
  const out: Unit[] = [];
  for (const s of splitSentences({ start: 0, text: line })) {
    const sentenceEnd = s.start + s.text.length;
    if (granularity === 'sentence') {
      out.push({ start: s.start, end: sentenceEnd, text: s.text, sentenceStart: s.start, sentenceEnd });
      continue;
    }
    for (const [a, b] of clauses(s.text, granularity === 'phrase' ? PHRASE_BREAK : CLAUSE_BREAK)) {
      out.push({
        start: s.start + a,
        end: s.start + b,
        text: s.text.slice(a, b),
        sentenceStart: s.start,
        sentenceEnd,
      });
    }
  }
  return out;
}

function clauses(sentence: string, breaks: RegExp): [number, number][] {
  const cuts: [number, number][] = [];
  breaks.lastIndex = 0;
  for (let m = breaks.exec(sentence); m !== null; m = breaks.exec(sentence)) {
    if (m[0].length === 0) {
      breaks.lastIndex++;
      continue;
    }
    // "10:30", "1:1": a colon between digits does not end a clause.
    if (
      /^:$/.test(m[0].trim()) &&
      /\d$/.test(sentence.slice(0, m.index)) &&
      /^\d/.test(sentence.slice(m.index + m[0].length))
    )
      continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  const parts: [number, number][] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    parts.push([from, a]);
    from = b;
  }
  parts.push([from, sentence.length]);
  // A fragment too short to carry a tone on its own joins the clause before it (or after, at the start).
  const merged: [number, number][] = [];
  for (const p of parts) {
    if (p[1] <= p[0]) continue;
    const last = merged[merged.length - 1];
    if (
      last &&
      (words(sentence.slice(p[0], p[1])) < MIN_WORDS || words(sentence.slice(last[0], last[1])) < MIN_WORDS)
    )
      last[1] = p[1];
    else merged.push([p[0], p[1]]);
  }
  return merged.map(([a, b]) => trim(sentence, a, b)).filter(([a, b]) => b > a);
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function trim(s: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:]/.test(s[a] ?? '')) a++;
  while (b > a && /[\s,;:]/.test(s[b - 1] ?? '')) b--;
  return [a, b];
}
