/**
 * Phrase patterns are written as readable regex sources in the rule data. `compile` turns a list of them into
 * one regex with a named group per phrase, so a sentence is scanned once per rule, and:
 * - an apostrophe matches ' and ’, a space matches any run of white space (including no-break spaces);
 * - a phrase only matches whole words (no match inside a longer word, in any alphabet);
 * - plain groups are made non-capturing, so the phrase index can be read back from the named groups.
 */
export interface CompiledPhrases {
  regex: RegExp;
  count: number;
}

// Letters of English and French (Latin-1 and Latin Extended-A/B), spelt out so the regexes can run without
// the unicode flag, which makes case-insensitive matching several times slower in V8.
const WORD_CHAR = '[A-Za-z0-9_\\u00C0-\\u024F]';
const WORD_BEFORE = `(?<!${WORD_CHAR})`;
const WORD_AFTER = `(?!${WORD_CHAR})`;

export function phraseSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === "'" ? "'’" : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === "'" || ch === '’') out += "['’]";
    else if (ch === ' ' && source[i + 1] === '?') {
      out += '\\s*';
      i++;
    } else if (ch === ' ') out += '\\s+';
    else if (ch === '(' && source[i + 1] !== '?') out += '(?:';
    else out += ch;
  }
  // Whole words only (the start of the word is checked once for all phrases, in `compilePhrases`).
  return `(?:${out})${WORD_AFTER}`;
}

export function compilePhrases(sources: readonly string[], caseSensitive = false): CompiledPhrases {
  const alternatives = sources.map((s, i) => `(?<p${i}>${phraseSource(s)})`);
  const flags = caseSensitive ? 'g' : 'gi';
  // One look-behind in front of the alternation, not one per phrase: three times faster in V8.
  const source = alternatives.length ? `${WORD_BEFORE}(?:${alternatives.join('|')})` : '(?!)';
  return { regex: new RegExp(source, flags), count: sources.length };
}

export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

export function matchPhrases(compiled: CompiledPhrases, text: string): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const re = compiled.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = m.groups ?? {};
    let phrase = 0;
    for (let i = 0; i < compiled.count; i++) {
      if (groups[`p${i}`] !== undefined) {
        phrase = i;
        break;
      }
    }
    out.push({ phrase, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Escapes a user-supplied phrase so it matches literally. */
export function literalPhrase(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, ' ');
}
