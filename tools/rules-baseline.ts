/** npm run evaluate: the phrase rules alone (no model) on each author's set, as in a first run on a new set. */
import { analyzeLabelled, readCorpus } from './corpus';
import { describe, scoreCorpus } from './score';

const emails = readCorpus();
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const author of [...new Set(emails.map((e) => e.author))].sort()) {
  if (only.length && !only.includes(author)) continue;
  const set = emails.filter((e) => e.author === author);
  const reports = new Map(set.map((e) => [e.id, analyzeLabelled(e, { model: null })]));
  const s = scoreCorpus(set, reports);
  console.log(`${author}: ${describe(s.all)}`);
  for (const lang of ['en', 'fr'] as const)
    if (s.byLang[lang].emails) console.log(`  ${lang}: ${describe(s.byLang[lang])}`);
}
