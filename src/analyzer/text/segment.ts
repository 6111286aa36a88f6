/** A span of the analyzed text: `text === input.slice(start, start + text.length)`. */
export interface Segment {
  start: number;
  text: string;
}

/** Splits text into lines (without their line break), the unit the incremental analyzer caches. */
export function splitLines(text: string): Segment[] {
  const lines: Segment[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ start, text: text.slice(start) });
      return lines;
    }
    lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
}

// Words whose trailing full stop does not end a sentence (both languages).
const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'no',
    'nos',
    'vs',
    'etc',
    'approx',
    'inc',
    'ltd',
    'co',
    'corp',
    'jr',
    'sr',
    'e.g',
    'i.e',
    'ref',
    'inv',
    'acct',
    'tel',
    'ph',
    'm',
    'mme',
    'mlle',
    'me',
    'cf',
    'réf',
    'art',
    'p',
    'env',
    // Currencies written with a full stop before the figure: "Fr. 180.–", "Rs. 3,80,000".
    'fr',
    'frs',
    'sfr',
    'rs',
  ].map((w) => w.toLowerCase()),
);

const SENTENCE_END = /[.!?…]+["'”»)\]]*(?=\s+|$)/g;

/** Splits one line into sentences. Cheap: a regex over end punctuation plus an abbreviation check. */
export function splitSentences(line: Segment): Segment[] {
  const { text, start } = line;
  const out: Segment[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    pushTrimmed(out, text, from, end, start);
    from = end;
  }
  pushTrimmed(out, text, from, text.length, start);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter is an initial ("J. Smith").
  return word.length === 1 && /\p{Lu}/u.test(text[i] ?? '');
}

function pushTrimmed(out: Segment[], text: string, from: number, to: number, base: number): void {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  if (b > a) out.push({ start: base + a, text: text.slice(a, b) });
}

// Punctuation, and a conjunction that opens a new clause with its own subject ("… or we will …").
const CLAUSE_BREAK =
  /[,;:()—–]|\s-\s|\s(?:or|and|but|so|otherwise|ou|et|mais|sinon)\s(?=(?:we|I|you|it|this|they|your|our|je|nous|vous|tu|on|il|elle|ça|cela)\s)/g;

/** The clause of `sentence` around [from, to): bounded by commas, semicolons, colons, brackets and dashes. */
export function clauseAround(sentence: string, from: number, to: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence)) {
    if (isNumericSeparator(sentence, m.index)) continue;
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  while (start < from && /\s/.test(sentence[start] ?? '')) start++;
  while (end > to && /[\s.!?]/.test(sentence[end - 1] ?? '')) end--;
  return [start, end];
}

/** A comma between digits (1,250.00) does not break a clause. */
function isNumericSeparator(text: string, i: number): boolean {
  return text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}
