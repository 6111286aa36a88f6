import type { Rule } from './rule';

const SOFTENED = /\b(?:sometime|some time|by|before|until|later)\s+(?:today|tonight|now)\b/i;

/** Commanding demands: "pay immediately", "within 24 hours", "I demand". */
export const commanding: Rule = {
  id: 'commanding',
  category: 'aggressive',
  kind: 'commanding',
  severity: 'error',
  description: 'Commanding demands ("pay immediately", "right now", "within 24 hours", "I demand").',
  message: {
    en: 'An order reads as hostile; ask politely for a specific date instead.',
    fr: 'Un ordre se lit comme hostile : demandez poliment une date précise.',
  },
  phrases: {
    en: [
      {
        match: '(I|we) want to see (it|the money|the payment|payment|the funds|the full amount)',
        span: 'toClauseEnd',
        suggest: ['Could you please confirm when payment will be made?'],
      },
      { match: '^(now|today|immediately|right now|not tomorrow)[.!]+$|not tomorrow', suggest: [] },
      { match: "(is|are|isn't|aren't) not optional|(is|are) not (up for )?(negotiable|debate)", suggest: [] },
      {
        match:
          '(?<=(^|[.!?:;]\\s*|just |now |so ))(sort it out|get it sorted|get it done|pay what you owe|pay the bill|pay it)(?=\\s*([.!]|$|today|now|immediately))',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      {
        match: 'I want (my|the|our) money( back)?( now| today| immediately)?',
        suggest: ['Could you please confirm when payment will be made?'],
      },
      {
        match:
          '(?<=(^|[.!?:;]\\s*|please |just |now |so ))(pay|settle|send|transfer|wire|clear|deposit)( [^\\s.,;!?]+){0,4} (immediately|right now|right away|at once|this instant|without delay|without fail|today|tonight|now)(?! or later)',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      {
        match: '(I|we) expect (every|each|all|the whole|the full|full)[^.;,]{0,40}',
        span: 'toClauseEnd',
        suggest: ['Could you please confirm when payment will be made?'],
      },
      {
        match:
          '(pay|settle|transfer|send)( it| this| the (\\w+ )?(amount|balance|invoice|bill))? (on the day|by tonight|before tonight|tonight|by 5 ?pm|by noon|today) or',
        span: 'toClauseEnd',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      {
        match:
          '(pay|settle|send|transfer|wire|clear)( (it|this|up|me|us|the (\\w+ )?(amount|balance|difference|invoice|money|funds|bill|rest)|what you owe|the full amount|in full))* (immediately|right now|right away|at once|now|today|this instant|without delay|without fail)',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      { match: '(pay up|cough up)', suggest: ['Could you please arrange payment by [date]?'] },
      {
        match:
          '(need|want|expect) (it|this|that|the money|the payment|payment|them|my money)( paid)? (immediately|right now|right away|at once|now|today)',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      {
        match: 'within (24|48|twenty-four|forty-eight|12|twelve|24h|48h) ?(hours?|hrs?|h)?',
        suggest: ['by [date]'],
      },
      { match: '(within|in) (one|1|a|two|2) (business |working )?days?', suggest: ['by [date]'] },
      {
        match: '(I|we) (demand|insist|require you to|order you to|expect you to)',
        span: 'toClauseEnd',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      // "I expect this has simply been caught in processing" supposes; it asks nothing.
      {
        match:
          "(I|we) expect (the|my|our|full|payment|your|to|(it|this|that)(?! (has|have|had|is|was|will|would|might|may|must|got|went|came)\\b)(?!'s)|\\$|€|£)",
        span: 'toClauseEnd',
        suggest: ['Could you please confirm when payment will be made?'],
      },
      {
        match:
          '(must|has to|have to|needs to|need to) be (paid|settled|cleared|received)( in full)?( (today|now|immediately|by (tonight|end of (the )?day|close of business|EOD|COB)))',
        suggest: ['Could you please arrange payment by [date]?'],
      },
      { match: '(no ifs,? (and|or) buts|end of (story|discussion)|non-negotiable|period\\.?$)', suggest: [] },
    ],
    fr: [
      { match: 'au plus sacrant|et que ça saute', suggest: ['d’ici le [date]'] },
      { match: "(c'est|ce n'est) pas (optionnel|négociable|facultatif)|ça se paie", suggest: [] },
      {
        match:
          "(?<=(^|[.!?:;]\\s*|merci de |veuillez ))(envoie|envoyez|paie|payez|paye|règle|réglez|vire|virez|verse|versez|transfère|transférez|rembourse|remboursez|régler|payer|verser|virer)( [^\\s.,;!?]+){0,4} (aujourd'hui même|aujourd'hui|immédiatement|maintenant|tout de suite|ce soir|sur-le-champ|sans délai|sans attendre)",
        suggest: ['Pourriez-vous effectuer le règlement d’ici le [date] ?'],
      },
      {
        match:
          "(je veux|nous voulons|il me faut|j'exige|nous exigeons) (le|l'|mon|ce|votre|ton|notre) ?(argent|paiement|règlement|virement|chèque)( \\w+)? (immédiatement|maintenant|tout de suite|aujourd'hui|ce soir|avant ce soir|d'ici ce soir|demain)",
        span: 'toClauseEnd',
        suggest: ['Pourriez-vous effectuer le règlement d’ici le [date] ?'],
      },
      {
        match:
          "(payez|payer|paie|paies|paye|réglez|régler|règle|règles|virez|envoyez|envoie|rembourse|remboursez)( (la|le|les|cette|ce|votre|ta|ton|vos|tes|moi|nous|somme|facture|montant|solde|argent|dette|totalité))* (immédiatement|maintenant|tout de suite|sur-le-champ|sans délai|sans attendre|aujourd’hui|aujourd'hui)",
        suggest: ['Pourriez-vous effectuer le règlement d’ici le [date] ?'],
      },
      {
        match:
          "(il me faut|j’ai besoin de|j'ai besoin de|je veux|nous voulons) (l’argent|l'argent|le paiement|le règlement|mon argent|ce virement) (immédiatement|maintenant|tout de suite|aujourd’hui)",
        suggest: ['Pourriez-vous effectuer le règlement d’ici le [date] ?'],
      },
      {
        match: "(sous|dans les|d’ici|d'ici) (24|48|vingt-quatre|quarante-huit|12|douze) ?(heures|h)",
        suggest: ['d’ici le [date]'],
      },
      {
        match:
          "(j’exige|j'exige|nous exigeons|je demande|nous demandons|on exige) (le paiement|le règlement|que|le remboursement|immédiatement)",
        span: 'toClauseEnd',
        suggest: ['Pourriez-vous effectuer le règlement d’ici le [date] ?'],
      },
      {
        match: "(j'attends|nous attendons) (le|votre|ton|mon|notre) (paiement|règlement|virement|argent)",
        span: 'toClauseEnd',
        suggest: ['Pourriez-vous me confirmer la date du règlement ?'],
      },
      { match: "(point final|un point c’est tout|un point c'est tout|sans discussion)", suggest: [] },
    ],
  },
  skip: (m, sentence) => SOFTENED.test(sentence.slice(m.start, m.end)),
};
