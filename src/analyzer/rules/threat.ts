import type { Rule } from './rule';

const CALM_EN = [
  'If anything is holding up payment, please let me know so we can find a solution together.',
  'Could you let me know by [date] when we can expect payment?',
];
const CALM_FR = [
  'Si quelque chose bloque le règlement, dites-le-moi et nous trouverons une solution ensemble.',
  'Pourriez-vous m’indiquer d’ici le [date] quand le règlement pourra intervenir ?',
];

// "This communication is from a debt collector" (a required disclosure), "lasting power of attorney".
const BOILERPLATE =
  /\b(?:this|the) (?:communication|message|letter|e-?mail|notice) is from a debt collector\b|\bpowers? of attorney\b|\battorneys? at law\b|\bavocate? au barreau\b/giu;

function insideBoilerplate(sentence: string, start: number, end: number): boolean {
  BOILERPLATE.lastIndex = 0;
  for (let m = BOILERPLATE.exec(sentence); m !== null; m = BOILERPLATE.exec(sentence))
    if (m.index < end && start < m.index + m[0].length) return true;
  return false;
}

// After "sinon": another way to pay, or letting it go — not an ultimatum.
const OR_ELSE_ALTERNATIVE =
  /^(?:sinon|faute de quoi|à défaut)[\s,]*(?::|voici|voilà|vous pouvez|tu peux|on peut|c['’]est (?:toujours|aussi|possible|pas grave)|pas (?:grave|de souci)|ce n['’]est pas (?:grave|un souci)|on (?:laisse|verra)|tant pis|(?:(?:mon|notre|le|la|par|en|au) )?(?:IBAN|RIB|virement|ch[èe]que|lydia|wero|interac|paypal|twint|payconiq|lien|esp[èe]ces|carte|CB|QR))/iu;

// A firm's name or a title on a line of its own ("Faure Avocats", "Greaves & Lowe Solicitors"): a lawyer
// signing their own bill threatens no one.
const FIRM_NAME = /(?:\p{Lu}[\p{L}'’-]*\.?|&)\s+(?:Avocate?s?|Solicitors?|Attorneys?|Lawyers?)(?![\p{L}])/u;
const TITLE_BEFORE_ADDRESS = /^\s*(?:Avocate?s?|Solicitors?|Attorneys?)(?![\p{L}])[^.!?]{0,80}\d/u;
const PERSON =
  /(?<![\p{L}])(?:i|we|you|your|our|my|us|je|j['’]|nous|vous|votre|vos|notre|nos|mon|ma|mes|tu|ton|ta|tes|on)(?![\p{L}])/iu;

/** The lawyer named is the sender's firm: a title line, a firm's name, or a title before an address. */
function namesTheFirm(sentence: string, start: number, end: number): boolean {
  const line = sentence.trim();
  if (line.length <= 60 && line.split(/\s+/).length <= 6 && !PERSON.test(line)) return true;
  return FIRM_NAME.test(sentence.slice(start, end)) || TITLE_BEFORE_ADDRESS.test(sentence.slice(start));
}

/**
 * Threats and ultimatums: legal action, collection, credit reporting, suspension, "or else", "last chance".
 * Before the final notice they are aggressive; at `final` a consequence stated with a date is the right move.
 */
export const threat: Rule = {
  id: 'threat',
  category: 'aggressive',
  kind: 'threat',
  severity: 'error',
  description:
    'Threats and ultimatums (legal action, collection, suspension, "last chance") before the final notice.',
  message: {
    en: 'A threat this early damages the relationship; keep consequences for the final notice, stated factually with a date.',
    fr: 'Une menace à ce stade abîme la relation : gardez les conséquences pour la mise en demeure, énoncées avec une date.',
  },
  phrases: {
    en: [
      {
        match:
          "(will not|won't|will no longer) (load|ship|deliver|release|start|schedule|book|process|accept|dispatch) (your|any|the) (next |new |further )?(orders?|jobs?|work|bookings?|deliver(y|ies)|projects?)",
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match: 'over to (collections?|a (debt )?collector|debt recovery|(a|our) (debt )?collection agency)',
        span: 'clause',
        suggest: CALM_EN,
      },
      { match: "(will not|won't|wouldn't|would not) hesitate to", span: 'toClauseEnd', suggest: CALM_EN },
      { match: '(to|before|in front of) a (judge|court|magistrate)', span: 'clause', suggest: CALM_EN },
      {
        match:
          "(will not|won't|will no longer) be (restoring|providing|releasing|supporting|delivering|shipping|printing|sending|doing|accepting)",
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(take|taking|escalate|escalating) (this|it|the matter|things) (further|higher|to the next level)|escalate (this|it|the matter)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(pursue|pursuing|recover|recovering) (this|the debt|payment|the money|the balance)( \\w+)? (through|by|via) (all|other|legal|formal)( available)? (means|channels|routes|avenues)',
        span: 'clause',
        suggest: CALM_EN,
      },
      { match: '(we|I) reserve the right to', span: 'toClauseEnd', suggest: CALM_EN },
      {
        match:
          '(your|the) (\\w+ )?(access|account|service|services|subscription|membership|fob|badge|key card|login|site|website|hosting|workspace|line|phone|internet|power|water|supply|deliveries|orders?)( \\w+)? (gets?|got|will get|will be|is going to be|are going to be|would be) (switched off|turned off|cut off|shut off|disabled|deactivated|suspended|blocked|cancell?ed|terminated|locked|revoked|disconnected|stopped|paused)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(send|sends|sending|sent|refer|refers|referring|referred|pass|passing|passed|hand|handing|handed|turn|turning|turned|take|taking|escalate|escalating) (it|this|you|the (account|debt|file|invoice|matter|balance)|your (account|file|debt)) (over )?to (collections?|a (debt )?collector|debt recovery|(my|our) (lawyers?|solicitors?|attorneys?))',
        span: 'clause',
        suggest: CALM_EN,
      },
      { match: '(debt )?collectors?', span: 'clause', suggest: CALM_EN },
      {
        match:
          '(a |our |the )?(collection|collections|debt recovery) (agency|agencies|partner|firm|service|department)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(send|sent|refer|referred|hand|handed|pass|passed|turn|turned) (it |this |the (debt|account|balance|matter|file) |your (account|debt|file) )?(over )?to (collections?|a collector)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match: 'credit (bureaus?|agencies|agency|reference agencies|reporting|rating|score|file)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          'report (you|your (account|business|company)|this (debt|account|matter)|the (debt|account|matter)) to',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(left|leave|leaving|give|giving|gave) (us|me) (with )?(very |little |no )*(other )?(choice|option|alternative)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          "(won't|will not|will no longer|never again|refuse to) (print|deliver|ship|supply|serve|release|provide|do (any|another)|take (on )?(any|another)|work (for|with))",
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match: "(?<=\\bor )(we|I)('ll| will| won't| will not| shall| are going to| am going to)",
        span: 'clause',
        suggest: CALM_EN,
        tentative: true,
      },
      { match: '(legal|court) (action|proceedings|steps|measures)', span: 'clause', suggest: CALM_EN },
      {
        match:
          "((to|in|into|before|through) (the |a )?(small claims |county |district |civil |magistrates' )?courts?|small claims|court (action|proceedings|order|case|summons|date|claim))",
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match: '(my |our )?(lawyers?|attorneys?|solicitors?|legal team|legal department)',
        span: 'clause',
        suggest: CALM_EN,
        tag: 'profession',
      },
      // "sue you", "suing for it": the verb, not "Sue" signing off.
      {
        match: '((sue|suing) (you|him|her|them|your|the company|for|over)|take you to|see you in)( court)?',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(will|shall|would|going to|have to|forced to|is|are|gets|get) (be )?(suspend|suspended|cut off|terminate|terminated|disconnect|disconnected|cancel|cancelled|canceled|deactivate|deactivated|locked(?! in\\b)|lock(?!ed)|block|blocked|withhold|withheld|switched off)',
        span: 'clause',
        suggest: CALM_EN,
      },
      {
        match:
          '(suspend|cut off|terminate|cancel|shut down|deactivate) (your|the) (service|services|account|workspace|access|site|website|hosting|subscription|contract)',
        span: 'clause',
        suggest: CALM_EN,
      },
      { match: 'or else', span: 'clause', suggest: CALM_EN },
      {
        match: '(this is )?(your|the) (last|final) (chance|warning)',
        suggest: ['Please let me know by [date] how you would like to settle this.'],
      },
      { match: '(final|last) warning', suggest: ['Reminder'], tag: 'notice' },
      { match: '(no|little) (other )?(choice|option|alternative) but', span: 'clause', suggest: CALM_EN },
      // "No further action is needed" is reassurance.
      { match: '(?<!\\bno[ ])further (action|steps|measures)', span: 'clause', suggest: CALM_EN },
      { match: 'serve (you )?(formal )?notice|formal notice', span: 'clause', suggest: CALM_EN },
      {
        // A lien waiver or release is a building-trade document.
        match:
          'bailiffs?|debt enforcement|enforcement (agents?|officers?)|repossess\\w*|evict\\w*|lien(?! (waivers?|releases?))',
        span: 'clause',
        suggest: CALM_EN,
      },
    ],
    fr: [
      { match: '(cour des )?petites créances', span: 'clause', suggest: CALM_FR },
      {
        match: '(donner|donnerons|donnerai|engager|engagerons|engagerai) (une |les )?suites?( judiciaires)?',
        span: 'clause',
        suggest: CALM_FR,
      },
      { match: '(nous|je) (nous )?réserv(ons|e) le droit de', span: 'toClauseEnd', suggest: CALM_FR },
      {
        match:
          "(ton|votre|vos|tes|le|la|l') ?(accès|badge|compte|service|abonnement|site|ligne|connexion|carte|livraisons?|commandes?)[^.,;]{0,25} (sera|seront|va être|vont être|serait) (coupée?s?|bloquée?s?|désactivée?s?|suspendue?s?|résiliée?s?|fermée?s?|arrêtée?s?)",
        span: 'clause',
        suggest: CALM_FR,
      },
      {
        match: "ne (passera|fonctionnera|marchera|s’ouvrira|s'ouvrira) plus",
        span: 'clause',
        suggest: CALM_FR,
      },
      {
        match:
          '(traîner|traduire|poursuivre|assigner)[^.,;]{0,20}(devant|en) (le |la )?(tribunal|justice|juge)',
        span: 'clause',
        suggest: CALM_FR,
      },
      // "une erreur de saisie" is a typing error: the seizure is "une saisie sur salaire", "saisie-attribution".
      {
        match:
          '(faire )?saisir (vos|tes) biens|saisies?(-| )(attribution|conservatoire|(sur|de) (salaire|compte|vos|tes)|de (vos|tes) biens|des biens)|procéder à (une|la) saisie',
        span: 'clause',
        suggest: CALM_FR,
      },
      {
        match:
          "(je|nous|on) (coupe|coupons|couperai|couperons|suspends|suspendons|suspendrai|suspendrons|bloque|bloquons|bloquerai|bloquerons|ferme|fermerai|fermerons|résilie|résilierai) (l'accès|le site|le service|le compte|votre|vos|ton|ta|tes)",
        span: 'toClauseEnd',
        suggest: CALM_FR,
      },
      { match: 'service de recouvrement', span: 'clause', suggest: CALM_FR },
      {
        match:
          '(tribunal|tribunaux|justice|juge|procès(?!-verbal)|poursuites|huissier|commissaire de justice|injonction de payer|procédure judiciaire|action en justice)',
        span: 'clause',
        suggest: CALM_FR,
      },
      {
        match:
          '(notre |mon |un |une |à notre |à mon )?(avocate?s?|conseil juridique|service juridique|service contentieux|contentieux)',
        span: 'clause',
        suggest: CALM_FR,
        tag: 'profession',
      },
      {
        match:
          '(société|agence|cabinet|organisme) de recouvrement|recouvrement (forcé|judiciaire|contentieux)',
        span: 'clause',
        suggest: CALM_FR,
      },
      {
        match:
          // "couper en deux" splits a payment; it cuts nothing off.
          // "bloqué" describes ("son bateau bloqué à sec"); "bloquer" threatens.
          '(suspendre|suspendu|suspendue|suspension|couper(?! en)|coupé|coupure|résilier|résilié|résiliation|bloquer)',
        span: 'clause',
        suggest: CALM_FR,
      },
      { match: '(fichier|fichage|ficher|Banque de France)', span: 'clause', suggest: CALM_FR },
      {
        match: 'sinon|faute de quoi|à défaut',
        span: 'toSentenceEnd',
        suggest: CALM_FR,
        tag: 'or-else',
        tentative: true,
      },
      {
        match: '(dernière|ultime) (chance|relance avant)',
        suggest: ['Pourriez-vous me dire d’ici le [date] comment vous souhaitez régler ce point ?'],
      },
      { match: '(dernier|ultime) avertissement', suggest: ['Rappel'], tag: 'notice' },
      { match: "(pas|plus) d[e’'] ?(autre )?(choix|option) que", span: 'clause', suggest: CALM_FR },
      { match: 'mise en demeure', span: 'clause', suggest: CALM_FR, tag: 'notice' },
      { match: 'sans (autre )?préavis', span: 'clause', suggest: CALM_FR },
    ],
  },
  // "Sinon, voici le lien…" opening a sentence means "otherwise / alternatively": an ultimatum follows a demand.
  // So does "sinon :" or "sinon voici / vous pouvez / pas grave" anywhere: another way to pay, or letting it go.
  // Legal boilerplate names collectors and attorneys without threatening anyone.
  skip: (m, sentence) =>
    (m.phrase?.tag === 'or-else' &&
      (sentence.slice(0, m.start).trim() === '' ||
        OR_ELSE_ALTERNATIVE.test(sentence.slice(m.start, m.start + 40)))) ||
    insideBoilerplate(sentence, m.start, m.end) ||
    (m.phrase?.tag === 'profession' && namesTheFirm(sentence, m.start, m.end)),
  keep: (_m, sentence, doc) => {
    if (doc.stage !== 'final') return true;
    // Naming the notice for what it is ("mise en demeure", "final warning") is right in a final notice.
    if (_m.phrase?.tag === 'notice') return false;
    // A final notice may state the consequence: it is factual when it carries a date.
    if (sentence.dates.some((d) => d.dayCertain)) return false;
    return {
      message:
        doc.lang === 'fr'
          ? 'Même dans un dernier avis, énoncez la conséquence avec sa date et la clause du contrat, sans menace vague.'
          : 'Even in a final notice, state the consequence with its date and the contract clause, not as a vague threat.',
    };
  },
};
