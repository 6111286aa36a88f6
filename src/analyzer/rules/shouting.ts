import { looksLikeWord } from '../text/word-shape';
import type { RawMatch, Rule } from './rule';

/**
 * Acronyms, currency codes and abbreviations written in capitals on purpose: never shouting.
 * Kept as data so a team can see (and a test can check) what is allowed.
 */
export const ACRONYMS = new Set(
  (
    'ASAP ATM ACH ACCT AP AR API B2B BACS BIC BV CAD CC CEO CFO CHF COB CGV CGU CRM CSV EFT EOD EOM ETA EU EUR FAQ FYI GBP GST HMRC HR HST HT ID IBAN INC INV IRS IT LLC LLP LTD NB NDA NET OK PAYE PDF PIN PO PS PTO QR RE RIB SA SARL SAS SASU SEPA SIRET SIREN SKU SMS SWIFT TBC TBD TTC TVA UK URL US USA USD VAT VIP WIP ' +
    'AUD NZD JPY SEK NOK DKK PLN CZK ZAR INR SGD HKD MXN BRL SEPA BACS CHAPS ABA BSB UPS DHL TNT BNP HSBC RBS TD BMO RBC CIBC CIC LCL ING ABN AMRO KBC BBVA UBS ' +
    'TWINT BPAY IDEAL SWISH VIPPS MBWAY BIZUM BLIK PIX UPI SEPA FPS GIRO BGC MSP VPN SLA AWB CRM ERP SAP ' +
    'MRICS FRICS ACCA FCCA CIMA RIBA RIAI MRIAI CPA CFA MBA PHD MSC BSC LLM RN MD DDS ' +
    'SELARL SELAS SELAFA SELURL SCP SCM GIE EARL GAEC SPRL SRL ASBL GMBH AG PLC PTY ' +
    'AM PM GMT UTC CET CEST EST PST BST MR MRS MS DR ST NO RSVP AKA FAQ HTML HTTPS HTTP WWW SAAS SEO UX UI IP IPO ROI KPI AI CV TV PC MAC iOS SMS VPN PPE GDPR RGPD EDF SNCF RATP TPE PME SNC EURL EI SCI NIF TIN EIN SSN DNI NIE'
  ).split(' '),
);

// Short words that are shouted when written in capitals (a 2–4 letter word is otherwise taken for an acronym).
const SHORT_WORDS = new Set(
  'NOW PAY DUE NOT YOU ME MY OUR ALL ANY NEW NO YES GET PAID OWE OWED FULL LATE LAST DAY DAYS HERE THIS THAT WHAT WHY WHEN STOP MUST NEED WANT JUST EVEN EVER DONE FREE SOON ONCE AGAIN OVER ONLY SO TOO ANY THE AND BUT FOR ARE WAS HAS HAVE WILL TIME VERY REAL SICK TOLD SAID ASKED MORE BACK WORK FINE TODAY PLUS TOUT TOUS JAMAIS VITE PAYEZ DOIS DOIT FIN NON OUI MOI TOI VOUS NOUS LES DES UNE MAIS'.split(
    ' ',
  ),
);

// A run of capitalised words (letters, apostrophes) not glued to digits or code punctuation.
const CAPS_WORD = /(?<![\p{L}\p{N}\-/_#])[\p{Lu}][\p{Lu}'’]*[\p{Lu}](?![\p{L}\p{N}\-/_])/gu;
const REPEATED_PUNCTUATION = /!{3,}|[!?]*\?[!?]*[?!][!?]*/g;
const WORD_BEFORE_PUNCTUATION = /[\p{L}\p{N}]+\s?$/u;
// Cheap tests that let most sentences skip the unicode-aware scans.
const HAS_CAPITALS = /[A-ZÀ-ÖØ-Þ]{2}/;

/** A run of capitalised words is shouting when one of them is a shouted word ("FINAL WARNING", "PAY NOW"). */
function isShoutedGroup(all: readonly string[]): boolean {
  // The word after BIC, SWIFT, REF… is a code ("BIC AGRIFRPP"), not a word.
  return all.some((w, i) => (i === 0 || !CODE_INTRODUCERS.has(all[i - 1] ?? '')) && isShouted(w));
}

const CODE_INTRODUCERS = new Set([
  'BIC',
  'SWIFT',
  'IBAN',
  'REF',
  'CODE',
  'ACCT',
  'PO',
  'INV',
  'SKU',
  'ID',
  'RIB',
]);

function isShouted(word: string): boolean {
  const bare = word.replace(/['’].*$/, '');
  if (ACRONYMS.has(bare)) return false;
  if (bare.length <= 4) return SHORT_WORDS.has(bare);
  return looksLikeWord(bare);
}

/** Shouting: words in capitals that are not acronyms or codes, and "!!!" / "??". */
export const shouting: Rule = {
  id: 'shouting',
  category: 'aggressive',
  kind: 'shouting',
  severity: 'error',
  description: 'Words in capitals that are not acronyms or codes, and repeated "!!!" or "??".',
  message: {
    en: 'Capitals and repeated punctuation read as shouting; write it in normal case and let the facts speak.',
    fr: 'Les majuscules et la ponctuation répétée se lisent comme des cris : écrivez normalement et laissez parler les faits.',
  },
  find: (sentence) => {
    // Group capitalised words that follow each other ("FINAL WARNING", "PAY NOW").
    const groups: { start: number; end: number; words: string[] }[] = [];
    CAPS_WORD.lastIndex = HAS_CAPITALS.test(sentence) ? 0 : sentence.length;
    for (let m = CAPS_WORD.exec(sentence); m !== null; m = CAPS_WORD.exec(sentence)) {
      const last = groups.at(-1);
      const end = m.index + m[0].length;
      if (last && /^[\s,]+$/.test(sentence.slice(last.end, m.index))) {
        last.end = end;
        last.words.push(m[0]);
      } else groups.push({ start: m.index, end, words: [m[0]] });
    }
    const heading = isHeading(sentence);
    const spans: [number, number][] = groups
      .filter(
        (g) =>
          isShoutedGroup(g.words) &&
          !(heading && !g.words.some((w) => SHORT_WORDS.has(w))) &&
          !isColumnHeader(sentence, g) &&
          !isSurname(sentence, g),
      )
      .map((g) => [g.start, g.end]);
    REPEATED_PUNCTUATION.lastIndex = 0;
    for (let m = REPEATED_PUNCTUATION.exec(sentence); m !== null; m = REPEATED_PUNCTUATION.exec(sentence)) {
      // Highlight the word the marks hang on too ("Seriously??").
      const word =
        WORD_BEFORE_PUNCTUATION.exec(sentence.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
      spans.push([m.index - word.length, m.index + m[0].length]);
    }
    // "FINAL WARNING!!!" is one shout, not two.
    spans.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const span of spans) {
      const last = merged.at(-1);
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([span[0], span[1]]);
    }
    return merged.map(
      ([start, end]): RawMatch => ({
        rule: 'shouting',
        start,
        end,
        suggest: [calm(sentence.slice(start, end), start === 0)],
      }),
    );
  },
};

/**
 * A letterhead, a name or a legal heading set in capitals ("BRUSHY CREEK HOMEOWNERS ASSOCIATION", "WITHOUT
 * PREJUDICE"): no small letter, no mark, no full stop. It still shouts with words like PAY, NOW or YOU.
 */
function isHeading(sentence: string): boolean {
  return !/\p{Ll}/u.test(sentence) && !/[!?]/.test(sentence) && !/\.\s*$/.test(sentence);
}

/** The labels of a table's columns, set apart by runs of spaces: "DOCUMENT      DATE      DUE". */
function isColumnHeader(sentence: string, g: { start: number; end: number; words: string[] }): boolean {
  return g.words.length > 1 && /\S {2,}\S/.test(sentence.slice(g.start, g.end)) && !/\p{Ll}/u.test(sentence);
}

// "John SMITH", "M. DUPONT Jean-Marc", "Me LEROY": a surname set in capitals, as French and official usage do.
const BEFORE_SURNAME = /(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|M\.|Mme|Mlle|Me|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$/u;
const AFTER_SURNAME = /^\s+\p{Lu}\p{Ll}+/u;

function isSurname(sentence: string, g: { start: number; end: number; words: string[] }): boolean {
  if (g.words.length > 2 || g.words.some((w) => SHORT_WORDS.has(w))) return false;
  return (
    BEFORE_SURNAME.test(sentence.slice(Math.max(0, g.start - 30), g.start)) ||
    AFTER_SURNAME.test(sentence.slice(g.end, g.end + 30))
  );
}

/** Normal case, and one mark where there were several. */
function calm(text: string, opensSentence: boolean): string {
  return sentenceCase(text, opensSentence).replace(/[!?]{2,}/g, (p) => (p.includes('?') ? '?' : '.'));
}

function sentenceCase(text: string, opensSentence: boolean): string {
  const lower = text.toLowerCase();
  return opensSentence ? (lower[0]?.toUpperCase() ?? '') + lower.slice(1) : lower;
}
