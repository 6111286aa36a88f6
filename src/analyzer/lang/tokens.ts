/** Words of a piece of text, with their offsets: the unit every language-layer feature is computed from. */
export interface Token {
  start: number;
  end: number;
  /** As typed. */
  text: string;
  /** Lower case, curly apostrophes straightened: the form lexicons are keyed by. */
  norm: string;
  /** `norm` without accents: what a typist who skips accents and one who does not share. */
  fold: string;
}

// A word: letters and digits, with inner apostrophes, hyphens, dots and commas ("aujourd'hui", "INV-42", "1,250.00").
const WORD = /[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*/gu;
const MARKS = /\p{M}/gu;

export function fold(word: string): string {
  return /[^\x20-\x7e]/.test(word) ? word.normalize('NFD').replace(MARKS, '') : word;
}

// French elision ("n'avez", "qu'il", "l'échéance"): the article or pronoun is a word of its own.
const ELISION = /^(?:qu|[cdjlmnst])'(?=\p{L})/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let start = m.index;
    let norm = m[0].toLowerCase().replace(/’/g, "'");
    const elided = ELISION.exec(norm)?.[0];
    if (elided) {
      push(out, text, start, elided);
      start += elided.length;
      norm = norm.slice(elided.length);
    }
    push(out, text, start, norm);
  }
  return out;
}

function push(out: Token[], text: string, start: number, norm: string): void {
  const end = start + norm.length;
  out.push({ start, end, text: text.slice(start, end), norm, fold: fold(norm) });
}
