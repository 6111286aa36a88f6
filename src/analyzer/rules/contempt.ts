import type { Rule } from './rule';

/** Contempt, insults and profanity. */
export const contempt: Rule = {
  id: 'contempt',
  category: 'aggressive',
  kind: 'contempt',
  severity: 'error',
  description: 'Contempt, insults and profanity ("unacceptable", "ridiculous", "what kind of business…").',
  message: {
    en: 'Contempt makes the client defensive and slower to pay; describe the situation, not your judgement of it.',
    fr: 'Le mépris braque le client et retarde le paiement : décrivez la situation, pas votre jugement.',
  },
  phrases: {
    en: [
      {
        match: "(I'm|I am|we're|we are) done (being (polite|nice|patient|reasonable)|asking nicely)",
        suggest: [],
      },
      { match: 'cowboys?|take(s)? the (biscuit|cake)', span: 'clause', suggest: [] },
      {
        match:
          "(I'm|I am|we're|we are) (losing|running out of|out of) patience|(my|our) patience (is|has) (wearing|running|worn|run) (thin|out)|enough is enough",
        suggest: [],
      },
      {
        match: "(we're|we are|I'm|I am) (tired|sick|weary) of (it|this|chasing|asking|waiting|reminding)",
        suggest: [],
      },
      { match: 'shame on (you|your \\w+)', suggest: [] },
      {
        match:
          "(this|that|it)('s| is| was) getting (a little |a bit |rather |pretty |quite |so |really )?(ridiculous|absurd|silly|old|out of hand|beyond a joke)",
        suggest: ['I would like to get this settled'],
      },
      {
        match:
          "(this|that|it)('s| is| was)( (completely|totally|absolutely|frankly|simply|just|getting|becoming|really|quite|beyond))* (unacceptable|ridiculous|absurd|pathetic|outrageous|disgraceful|shameful|insulting|a joke|a disgrace|unbelievable|appalling|disgusting|laughable)",
        suggest: ['I would like to get this settled'],
      },
      {
        match:
          '(unacceptable|ridiculous|absurd|pathetic|outrageous|disgraceful|shameful|appalling|disgusting|laughable|incompetent|unprofessional|clueless|useless|a joke)',
        suggest: [],
      },
      {
        match:
          'what kind of (business|company|person|people|operation|outfit) (are you|is this|do you)[^?.!]*[?]?',
        suggest: [],
      },
      { match: 'who (do you think you are|runs a business like this)[^?.!]*[?]?', suggest: [] },
      {
        match:
          "(I've|I have|we've|we have) had (it|enough)|(I'm|I am|we're|we are) (fed up|sick (and tired )?of|tired of)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          '(damn|damned|goddamn|crap|crappy|shit|shitty|bullshit|fuck\\w*|f\\*+k\\w*|wtf|bloody|screw you|piss(ed)? off|idiots?|morons?|stupid|losers?|cheapskates?|deadbeats?|scammers?|thie(f|ves)|crooks?|liars?)',
        suggest: [],
      },
      { match: 'you (people|guys) (are|have)', span: 'toClauseEnd', suggest: [] },
    ],
    fr: [
      {
        match: 'ridicule|(je commence à|on commence à) trouver (ça|cela) (ridicule|long|pénible)',
        suggest: [],
      },
      {
        match:
          "(je perds|nous perdons|j'ai perdu) patience|(ma|notre) patience a des limites|trop c'est trop",
        suggest: [],
      },
      { match: "(c'est|quelle) (la )?honte|(c'est )?honteux", span: 'toClauseEnd', suggest: [] },
      { match: 'honte à (vous|toi)', suggest: [] },
      {
        match:
          "(c'est|c’est|ceci est|cela est|ça devient|c'était)( (complètement|totalement|absolument|vraiment|franchement|tout simplement|juste|parfaitement))* (inadmissible|inacceptable|lamentable|ridicule|scandaleux|honteux|intolérable|pitoyable|n'importe quoi|une honte|une blague|un scandale|du vol|abusé)",
        suggest: ['Je souhaite que nous réglions ce point'],
      },
      {
        match:
          '(inadmissible|inacceptable|lamentable|scandaleux|scandaleuse|honteux|honteuse|intolérable|pitoyable|incompétents?|amateurisme|irresponsable|malhonnête)',
        suggest: [],
      },
      {
        match: "(j'en ai|nous en avons|on en a) (marre|assez|ras le bol|ras-le-bol)",
        span: 'toClauseEnd',
        suggest: [],
      },
      {
        match:
          "quel(le)? (genre|sorte|type) (de|d’|d') (entreprise|société|boîte|personne|client)[^?.!]*[?]?",
        suggest: [],
      },
      {
        match:
          '(merde|putain|bordel|con|conne|connard|connasse|salaud|escroc|escrocs|voleurs?|minable|minables|mauvais payeurs?)',
        suggest: [],
      },
    ],
  },
};
