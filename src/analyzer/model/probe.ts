import { extractFeatures, type FeatureConfig } from './features';
import { hashFeature } from './hash';

/** Fixed sentences whose features fingerprint the extractor: the weights file records the digest. */
const PROBES = [
  ['en', 'overdue', "You STILL haven't paid invoice INV-42 ($1,250.00)?! Honestly, what is so hard about it"],
  ['en', 'final', 'Per clause 9, the account goes to collections on 12 May 2026 unless we hear from you.'],
  [
    'fr',
    'firm',
    "Vous n'avez toujours pas réglé la facture n° 2025-118 : c'est inadmissible, payez dès que possible.",
  ],
  ['fr', 'upcoming', "Petit rappel : ta facture de 850 € arrive à échéance le 5 juin, merci d'avance !"],
] as const;

export function probeDigest(config: FeatureConfig): string {
  let h = '';
  for (const [i, [lang, stage, text]] of PROBES.entries()) {
    const x = extractFeatures(
      text,
      {
        lang,
        stage,
        rules: ['probe'],
        facts: ['amount'],
        // Half the probes stand for emails with no reference, so the features of those are fingerprinted too.
        referenced: i % 2 === 0,
        dated: i < 2,
        sentence: `${text} ok`,
        offsetInSentence: 0,
      },
      config,
    );
    h += hashFeature(x.names.join('\u0001') + x.tokenOf.join(','))
      .toString(16)
      .padStart(8, '0');
  }
  return h;
}
