/**
 * What a model finding says and offers, per kind: a message in words a person understands, and calmer or
 * more specific wording built from the draft's own facts. Data, not logic.
 */
import type { Kind, Lang } from '../../shared/vocab';
import type { Facts } from '../types';

export const KIND_MESSAGE: Record<Kind, Record<Lang, string>> = {
  threat: {
    en: 'This reads as a threat; this early it damages the relationship. Keep consequences for the final notice, stated factually with a date.',
    fr: 'Cela se lit comme une menace : à ce stade, elle abîme la relation. Gardez les conséquences pour la mise en demeure, avec une date.',
  },
  intimidation: {
    en: 'This reads as intimidation; it will not get you paid sooner. State the facts and the next step instead.',
    fr: 'Cela se lit comme de l’intimidation : cela ne fera pas payer plus vite. Énoncez les faits et la prochaine étape.',
  },
  blame: {
    en: 'This blames the client; assume an honest mistake first and ask what is holding up payment.',
    fr: 'Cela accuse le client : supposez d’abord un oubli de bonne foi et demandez ce qui bloque le règlement.',
  },
  shouting: {
    en: 'Capitals and stacked exclamation marks read as shouting; write it in normal case.',
    fr: 'Les majuscules et les points d’exclamation répétés se lisent comme des cris : écrivez normalement.',
  },
  contempt: {
    en: 'This sounds contemptuous; it puts the client on the defensive. Say what you need instead.',
    fr: 'Cela sonne méprisant et met le client sur la défensive : dites plutôt ce dont vous avez besoin.',
  },
  sarcasm: {
    en: 'This reads as sarcastic or passive-aggressive; say it plainly and kindly.',
    fr: 'Cela se lit comme sarcastique ou passif-agressif : dites-le simplement et aimablement.',
  },
  condescension: {
    en: 'This sounds condescending; it talks down to the client. Give the facts without the lesson.',
    fr: 'Cela sonne condescendant envers le client : donnez les faits sans la leçon.',
  },
  guilt: {
    en: 'This puts emotional pressure on the client; keep the request about the invoice.',
    fr: 'Cela met une pression émotionnelle sur le client : restez sur la facture.',
  },
  commanding: {
    en: 'This reads as an order; ask for a date instead of demanding payment.',
    fr: 'Cela se lit comme un ordre : demandez une date plutôt que d’exiger le paiement.',
  },
  'vague-time': {
    en: 'This gives no date; say by when you need payment or a reply.',
    fr: 'Aucune date ici : précisez pour quand vous attendez le règlement ou une réponse.',
  },
  'vague-reference': {
    en: 'The client cannot tell which invoice or how much; give the invoice number and the amount.',
    fr: 'Le client ne peut pas savoir de quelle facture ni de quel montant il s’agit : donnez le numéro et le montant.',
  },
  hedging: {
    en: 'This hedge weakens the request; ask plainly and politely.',
    fr: 'Cette précaution affaiblit la demande : demandez simplement et poliment.',
  },
  'vague-cta': {
    en: 'This does not say what you would like the client to do, or by when.',
    fr: 'Cela ne dit pas ce que vous attendez du client, ni pour quand.',
  },
};

/** Jabs that add nothing the client needs: offering to remove the sentence is the kindest fix. */
const REMOVABLE: ReadonlySet<Kind> = new Set([
  'sarcasm',
  'contempt',
  'condescension',
  'guilt',
  'intimidation',
  'blame',
]);
const ASK_FOR_DATE: ReadonlySet<Kind> = new Set([
  'threat',
  'commanding',
  'blame',
  'sarcasm',
  'contempt',
  'guilt',
  'intimidation',
  'condescension',
  'vague-time',
  'vague-cta',
  'hedging',
]);

export interface WordingContext {
  lang: Lang;
  facts: Facts;
  /** The draft says "tu" rather than "vous". */
  informal: boolean;
}

/**
 * Replacements for a whole sentence flagged by the model: a calmer or more specific sentence built from the
 * draft's facts, and "" (remove it) for a pure jab. Each one reads as a correct sentence on its own.
 */
export function sentenceSuggestions(kind: Kind, ctx: WordingContext): string[] {
  const out: string[] = [];
  if (ASK_FOR_DATE.has(kind)) out.push(askForDate(ctx));
  if (kind === 'threat' || kind === 'blame') out.push(offerHelp(ctx));
  if (REMOVABLE.has(kind)) out.push('');
  return out;
}

function first(facts: Facts, kind: 'amount' | 'invoice'): string | undefined {
  return facts[kind][0]?.text;
}

function askForDate(ctx: WordingContext): string {
  const amount = first(ctx.facts, 'amount');
  const invoice = first(ctx.facts, 'invoice');
  if (ctx.lang === 'fr') {
    const what =
      amount && invoice
        ? `le règlement de ${amount} pour la facture ${invoice}`
        : amount
          ? `le règlement de ${amount}`
          : invoice
            ? `le règlement de la facture ${invoice}`
            : 'le règlement';
    return ctx.informal
      ? `Peux-tu me dire quand je peux compter sur ${what} ?`
      : `Pourriez-vous m’indiquer quand nous pouvons compter sur ${what} ?`;
  }
  const what =
    amount && invoice
      ? `the ${amount} for invoice ${invoice}`
      : amount
        ? `the ${amount}`
        : invoice
          ? `payment of invoice ${invoice}`
          : 'payment';
  return `Could you let me know when we can expect ${what}?`;
}

function offerHelp(ctx: WordingContext): string {
  if (ctx.lang === 'fr')
    return ctx.informal
      ? 'Si quelque chose bloque, dis-le-moi et on trouvera une solution ensemble.'
      : 'Si quelque chose bloque le règlement, dites-le-moi et nous trouverons une solution ensemble.';
  return 'If anything is holding up payment, just let me know and we can find a solution together.';
}
