import type { Rule } from './rule';

const BY_DATE_EN = ['by [date]'];
const BY_DATE_FR = ['d’ici le [date]'];
const WEEKDAYS_EN =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
const MONTHS_EN = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const WEEKDAYS_FR = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

/** Vague time: "soon", "ASAP", "whenever you can", "by Friday" with no date. */
export const vagueTime: Rule = {
  id: 'vague-time',
  category: 'vague',
  kind: 'vague-time',
  severity: 'warning',
  description:
    'Vague time ("soon", "ASAP", "at your earliest convenience", "whenever", "by Friday" with no date).',
  message: {
    en: 'A vague time gives the client no deadline to plan around; name a specific date.',
    fr: 'Un délai flou ne donne aucune échéance au client : indiquez une date précise.',
  },
  phrases: {
    en: [
      { match: 'soonest|at the earliest|as per your convenience', suggest: BY_DATE_EN },
      { match: 'next time( you| I| we)?', suggest: BY_DATE_EN },
      {
        match: "when (you're|you are|things are|it's) (less busy|quieter|back|free|settled|calmer)|soonish",
        suggest: BY_DATE_EN,
      },
      {
        match:
          "in the (near|not too distant) future|before too long|when(ever)? (it's|it is) convenient|when convenient|when(ever)? (you're|you are) able|if you (could|can) find (a|the) (moment|minute|time)",
        suggest: BY_DATE_EN,
      },
      { match: 'some other time|another time|one of these (days|weeks)', suggest: BY_DATE_EN },
      { match: 'in (the (next|coming) )?(little )?while', suggest: BY_DATE_EN },
      { match: '(a|some) little while (back|ago)', suggest: ['on [date]'] },
      { match: 'at some stage( (soon|this (week|month|year)|next (week|month)))?', suggest: BY_DATE_EN },
      { match: '(around|about|round about) now', suggest: ['today'] },
      { match: 'later on|later in the (week|month|year)|(some|one) day', suggest: BY_DATE_EN },
      {
        match: 'when(ever)? things (calm down|settle( down)?|quiet down|get (better|easier|quieter)|pick up)',
        suggest: BY_DATE_EN,
      },
      {
        match: 'when(ever)? (you|it) (get|gets|have|has) (a )?(sec|second|tick|mo|minute|moment)',
        suggest: BY_DATE_EN,
      },
      { match: 'as soon as (you )?(possibly )?(can|possible)', suggest: BY_DATE_EN },
      {
        match: "whatever('s| is) (easiest|best|convenient|easier)|whatever works( (for you|best))?",
        suggest: ['by [date]'],
      },
      {
        match:
          '(at some point|sometime|some time) (in|during) the (new year|next (few )?(weeks|months)|coming (weeks|months)|spring|summer|autumn|fall|winter)',
        suggest: BY_DATE_EN,
      },
      { match: '(sometime|some time|any time|anytime) soon', suggest: BY_DATE_EN },
      { match: '(as soon as (possible|you can|convenient)|asap|a\\.s\\.a\\.p\\.?)', suggest: BY_DATE_EN },
      { match: 'at your (earliest )?(convenience|leisure)', suggest: BY_DATE_EN },
      {
        match:
          '(at some point|sometime|some time)( (soon|later|this (week|month)|next (week|month)|before then))?',
        suggest: BY_DATE_EN,
      },
      {
        match:
          "whenever( (you|you're|you are) (can|get (a |the )?(chance|moment|minute|second)|have (a |the )?(chance|moment|minute|time)|are ready|ready|get round to it|get around to it|like|want|prefer))?( (suits|works|is convenient|is easiest))?( (you|for you|best))?",
        suggest: BY_DATE_EN,
      },
      { match: 'when(ever)? (it )?(suits|works)( you| for you)?( best)?', suggest: BY_DATE_EN },
      { match: 'when you (get|have) (a |the )?(chance|moment|minute|sec|second)', suggest: BY_DATE_EN },
      { match: '(a while|some time|a bit|a little while) (back|ago)', suggest: ['on [date]'] },
      { match: 'soon(er or later)?', suggest: BY_DATE_EN },
      {
        match:
          '(in (the )?(next|coming) (few )?(days|weeks)|in a (few|couple of) (days|weeks)|one of these days|down the (road|line))',
        suggest: BY_DATE_EN,
      },
      { match: 'in (due course|good time)', suggest: BY_DATE_EN },
      {
        match: `(by|before|until|till) (this |next |the end of |end of )?(${WEEKDAYS_EN})(?![\\s,]*(the )?(\\d|${MONTHS_EN}))`,
        suggest: [`by [weekday, date]`],
        message: 'A weekday without its date is easy to misread; add the full date.',
      },
      {
        match: '(by|before) (next week|next month|early next (week|month))',
        suggest: BY_DATE_EN,
      },
    ],
    fr: [
      { match: 'quand (tu passes|vous passez|tu passeras|vous passerez)', suggest: BY_DATE_FR },
      {
        match:
          "dès que (tu peux|vous pouvez|tu pourras|vous pourrez|possible pour (toi|vous))|quand (ça|cela) (t'arrange|vous arrange|te convient|vous convient)|d'ici peu|dans pas (longtemps|très longtemps)",
        suggest: BY_DATE_FR,
      },
      { match: "(c'est )?quand (tu veux|vous voulez|ça (te|vous) (arrange|convient))", suggest: BY_DATE_FR },
      {
        match:
          'lorsque (vous|tu) (aurez|auras|avez|as|pourrez|pourras) ?(deux minutes|un moment|un instant|le temps|une minute)?',
        suggest: BY_DATE_FR,
      },
      { match: "(à )?un moment donné|à l'occasion|un jour", suggest: BY_DATE_FR },
      {
        match:
          '(cela|ça) (commence à faire|fait) (un moment|un bail|longtemps|un certain temps|déjà un moment)',
        suggest: ['depuis le [date]'],
      },
      { match: '(la prochaine fois|lors de (votre|ta) prochaine (visite|venue))', suggest: BY_DATE_FR },
      {
        match:
          '(dès que possible|au plus vite|au plus tôt|rapidement|prochainement|sous peu|dans les meilleurs délais|dans les plus brefs délais|le plus rapidement possible|le plus tôt possible)',
        suggest: BY_DATE_FR,
      },
      { match: 'à (votre|ta) (convenance|meilleure convenance)', suggest: BY_DATE_FR },
      {
        match:
          "quand (vous|tu) (aurez|auras|avez|as|pourrez|pourras|pouvez|peux|le pourrez|le pourras|le souhaitez|voudrez|voudras) ?(un moment|un instant|le temps|deux minutes|une minute|l'occasion)?",
        suggest: BY_DATE_FR,
      },
      {
        match:
          "(un de ces jours|un de ces quatre|un jour ou l’autre|un jour ou l'autre|tôt ou tard|à un moment donné|un peu plus tard|bientôt)",
        suggest: BY_DATE_FR,
      },
      {
        match: "(dans les|d’ici quelques|d'ici quelques|dans quelques) (prochains )?(jours|semaines)",
        suggest: BY_DATE_FR,
      },
      { match: '(il y a|depuis) (un moment|quelque temps|un bail|longtemps)', suggest: ['le [date]'] },
      {
        match: `(d’ici|d'ici|avant|pour|jusqu’à|jusqu'à) (ce |la fin de la semaine|)?(${WEEKDAYS_FR})(?![\\s,]*(le )?\\d)`,
        suggest: ['d’ici le [jour et date]'],
        message: 'Un jour de la semaine sans sa date prête à confusion : ajoutez la date complète.',
      },
      { match: '(en fin de semaine|la semaine prochaine|le mois prochain|fin du mois)', suggest: BY_DATE_FR },
    ],
  },
  skip: (m, sentence) => {
    const word = sentence.slice(m.start, m.end).toLowerCase();
    const before = sentence.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
    // "Not tomorrow, not next week": a vague time that is ruled out is not vague.
    if (/(?:^|\s)(?:pas|not|non|never|jamais)\s+$/.test(before)) return true;
    // "as soon as the invoice is paid" is a conjunction, not a vague date.
    if (
      word === 'soon' &&
      /\bas\s+$/.test(before) &&
      !/^\s+as\s+(possible|you can)/.test(sentence.slice(m.end))
    ) {
      return true;
    }
    // Courtesy, not a deadline: "hope to hear from you soon", "talk soon", "à bientôt".
    if (/^(soon|bientôt)$/.test(word))
      return (
        /(hear from you|talk|speak|see you|get well|catch up|chat|à|a)\s*$/.test(before) ||
        /\bhope\b/.test(before)
      );
    return false;
  },
};
