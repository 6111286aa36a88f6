/**
 * Does a word in capitals look like an ordinary word (shouting: "TODAY", "WARNING", "RELANCES") rather than an
 * acronym or a code ("ABRSM", "NAATI", "HMRC")? Acronyms are spelt letter by letter and rarely have the vowel
 * and consonant rhythm of English or French words; the common ones are listed in the shouting rule itself.
 */
const VOWELS = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/;
// Consonant runs that open or close real words ("THREE", "STRONG", "WARNINGS"), not acronyms.
const WORD_CLUSTERS =
  /^(?:SCHR|THR|STR|SCR|SPR|SPL|CHR|SCH|PHR|SHR|NTS|NDS|RTS|RST|NGS|NCH|RCH|TCH|GHT|STS|LTS|RDS|CTS|PTS)$/;

export function looksLikeWord(word: string): boolean {
  const upper = word.toUpperCase();
  if (!VOWELS.test(upper)) return false;
  // Doubled vowels other than EE/OO (NAATI, HAWAII) are rare in words.
  if (/AA|II|UU|YY/.test(upper)) return false;
  for (const run of upper.match(/[^AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ'’]{3,}/g) ?? []) {
    if (!WORD_CLUSTERS.test(run)) return false;
  }
  // Words have vowels often enough; letter strings such as "BCDFGA" do not.
  const vowels = upper.replace(/[^AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]/g, '').length;
  return vowels / upper.length >= 0.2;
}
