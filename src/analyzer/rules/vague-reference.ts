import type { Rule } from './rule';

/**
 * Vague reference: "the invoice", "the balance", "what you owe" when the email gives no figure or number.
 * Once the amount (or, for an invoice, its number) is in the email, the same words are fine.
 */
export const vagueReference: Rule = {
  id: 'vague-reference',
  category: 'vague',
  kind: 'vague-reference',
  severity: 'warning',
  description:
    'Vague reference ("the invoice", "the balance", "what you owe") when no amount or invoice number is given.',
  message: {
    en: 'Without the figure or the invoice number the client has to go looking; say exactly what is owed.',
    fr: 'Sans le montant ni le numéro de facture, le client doit chercher : précisez exactement ce qui est dû.',
  },
  phrases: {
    en: [
      { match: 'a bit of a (difference|balance|shortfall|gap)', tag: 'money', suggest: ['[amount]'] },
      {
        match: '(something|some) (outstanding|owing|unpaid|left over)|(something|roughly) like the usual',
        tag: 'money',
        suggest: ['[amount]'],
      },
      {
        match:
          "(the )?rest of (it|the money|the balance|what you owe)|what('s| is) (left|still owing|remaining)",
        tag: 'money',
        suggest: ['the [amount]'],
      },
      { match: 'the (remaining |outstanding )?difference', tag: 'money', suggest: ['the [amount]'] },
      { match: "what('s| is) (owed|owing|outstanding)", tag: 'money', suggest: ['the [amount]'] },
      {
        match:
          '(the|your|our|my) ((?!(?:last|latest|next|first|second|third)\\b)\\w+ ){1,2}(bill|invoice|statement)(?! (number|reference|date|details))',
        tag: 'invoice',
        suggest: ['invoice [number] for [amount]'],
      },
      {
        match:
          '(the|your|our|my) (\\w+ ){0,2}(payment|fee|fees|dues)(?! (method|plan|details|link|date|terms|options|portal|schedule|system|page|reference|confirmation|was|has|is|arrived|came))',
        tag: 'money',
        suggest: ['the [amount]'],
      },
      {
        match:
          '(the|your|my|our|that|this) (last |latest |previous |recent |most recent |outstanding |unpaid |open |overdue |pending )?(invoices?|bills?|statements?)',
        tag: 'invoice',
        suggest: ['invoice [number] for [amount]'],
      },
      {
        match:
          '(the|your|an|this|that) (remaining |outstanding |unpaid |overdue |open |current |account |full )*(balance|amount|sum|total|arrears|balance due|amount due)( (owed|owing|due|outstanding))?',
        tag: 'money',
        suggest: ['the [amount]'],
      },
      {
        match: '(an|some|the|a) (outstanding|unpaid|overdue|open) (amount|sum|balance|payment|item)',
        tag: 'money',
        suggest: ['[amount]'],
      },
      { match: 'what (you|is) (owe|owed|owing|due)( (me|us))?', tag: 'money', suggest: ['the [amount]'] },
      { match: '(the|my|our) (money|cash|dues)', tag: 'money', suggest: ['the [amount]'] },
      {
        match: '(a|some|the|this) (small|little|tiny|modest) (amount|sum|balance|bit)',
        tag: 'money',
        suggest: ['[amount]'],
      },
      { match: '(sort of|kind of) a (small )?(amount|sum)', tag: 'money', suggest: ['[amount]'] },
      { match: '(paying|pay|send|sending|transfer) something', tag: 'money', suggest: ['paying [amount]'] },
      { match: 'the rent', tag: 'money', suggest: ['the rent of [amount]'] },
      {
        match: 'the usual way|the same way as (always|usual|before)',
        tag: 'payment',
        suggest: ['by [payment method and details]'],
      },
    ],
    fr: [
      { match: '(le|un) (petit )?reliquat|un (certain )?montant', tag: 'money', suggest: ['[montant]'] },
      {
        match: 'un (petit )?(truc|quelque chose) (à régler|à payer|en attente|qui traîne)|un petit truc',
        tag: 'money',
        suggest: ['[montant]'],
      },
      {
        match:
          "ce qu'il (reste|me reste|nous reste)( à (payer|régler))?|ce qu’il (reste|me reste|nous reste)( à (payer|régler))?|la différence",
        tag: 'money',
        suggest: ['les [montant]'],
      },
      {
        match:
          "(ton|votre|le|mon|notre) (\\w+ )?(paiement|règlement|dû)(?! (peut|par|en|sur|de \\d|au moyen|s'effectue))",
        tag: 'money',
        suggest: ['le règlement de [montant]'],
      },
      {
        match:
          '(la|votre|ta|ma|notre|cette|les|vos|tes) (dernière |précédente )?(factures?|note)( en attente| impayée| en souffrance)?',
        tag: 'invoice',
        suggest: ['la facture n° [numéro] de [montant]'],
      },
      {
        match:
          '(le|votre|ton|ce) (solde|montant|reliquat|reste|total|arriéré)( (restant|restant dû|dû|à régler|impayé|en souffrance|du compte))*',
        tag: 'money',
        suggest: ['le montant de [montant]'],
      },
      {
        match: '(une|la|cette) (somme|dette)( due| restante| en attente)?',
        tag: 'money',
        suggest: ['la somme de [montant]'],
      },
      {
        match:
          "(l'argent|l’argent|mon argent|les sous|ce que (tu|vous) (me|nous) (dois|devez)|ce qui (est|reste) dû)",
        tag: 'money',
        suggest: ['les [montant]'],
      },
      {
        match: '(un|une) (petit|petite|léger|légère) (montant|somme|reliquat|solde)',
        tag: 'money',
        suggest: ['[montant]'],
      },
      {
        match: '(payer|régler|envoyer|verser) (quelque chose|un peu)',
        tag: 'money',
        suggest: ['régler [montant]'],
      },
      { match: 'le loyer', tag: 'money', suggest: ['le loyer de [montant]'] },
      {
        match: "comme d'habitude|comme d’habitude|comme la dernière fois",
        tag: 'payment',
        suggest: ['par [moyen de paiement et coordonnées]'],
      },
    ],
  },
  keep: (m, _sentence, doc) => {
    switch (m.phrase?.tag) {
      case 'invoice':
        return !doc.has.invoice && !doc.has.amount;
      case 'payment':
        return !doc.has.paymentInstructions;
      default:
        return !doc.has.amount;
    }
  },
};
