// What Orca must say, and must not, key by key, for every element and state
// a citizen reaches by keyboard. One entry per scenario page (pages/).
//
// Each step presses one key (`key`, an xdotool key name) or types (`type`),
// waits until Orca is quiet (or, with `wait.until`, until a phrase is heard),
// then checks what Orca said after that key:
//   hear     phrases that must be heard
//   once     phrases that must be heard exactly once (an announcement)
//   notHear  phrases that must not be heard
//   focus    the focused element: its DOM path through shadow roots, then
//            " | " and Chromium's accessibility node ("button « Fermer »")
//   short    the most characters Orca may say (a card read as one block fails)
//   spoken   true: something must be said (a silent key fails)
// and, for every key, GLOBAL_FORBIDDEN and "no sentence heard twice".
// `d(n, pattern, why)` marks a check that guards against defect n of the
// screen-reader issue (issue 11), so that its failure names the defect.
//
// Orca speaks French here (LANG=fr_FR.UTF-8): "bouton", "lien", "réduit",
// "étendu", "en-tête niveau 2", "zone de saisie", "boîte de dialogue".

/** A check tied to one of the defects listed in issue 11. */
export const d = (defect, pattern, why) => ({ pattern, defect, why });

/** Never heard, after any key nor in Say All. */
export const GLOBAL_FORBIDDEN = [
  d(5, /barre d'état/, 'an empty live region read as "statusbar"'),
  { pattern: /\bvide\b/, why: '"blank": an empty line or element' },
  { pattern: /\b(?:https?|tel|mailto|file):|\/\/|127\.0\.0\.1/, why: 'a raw URL' },
  { pattern: /\brelais-[a-z-]+|\b[a-z]+(?:-[a-z]+)*-\d+\b|\bants\/[a-z]/, why: 'a raw id' },
  { pattern: /barre de progression|progression/, why: 'the decorative progress bar' },
  { pattern: /\b(?:push button|link|heading level|collapsed|expanded|entry|statusbar|blank)\b/, why: 'English role words: Orca is not speaking French' },
  { pattern: /Tab search|Address and search bar|Chromium|Close Tab|Bookmark/, why: "the keys left the page for the browser's own buttons" },
];

const page = (name) => `/tests/screen-reader/pages/${name}.html`;

const TRIGGER = "Besoin d'aide ? Parler à une personne";
/** The 34 00 line on Sunday morning (the pages' clock). */
const CLOSED_STATUS = /Fermé — ouvre demain à 7 h 45/;
const TERM_TEXT = /Un code que le vendeur reçoit en déclarant la vente en ligne/;
const TERM_EASY = /Le vendeur déclare la vente sur internet\./;
/** The word's description: "Voir l'explication", or its easy-to-read version. */
const TERM_HINT = /Voir l'explication|Appuyez pour comprendre ce mot/;
const PLACE_NAME = /(?:Point numérique de la préfecture de la Lozère|Médiathèque des Sources|France services du Causse) \(exemple\)/;

export const scenarios = [
  {
    name: 'help-inline',
    title: '<relais-help> inline: open, Tab through the panel, the call link with its status, the code spelled, copy, Escape back to the button',
    page: page('help-inline'),
    load: { hear: [TRIGGER, 'réduit'] },
    steps: [
      { key: 'Tab', focus: 'button.trigger', hear: [TRIGGER, 'bouton', 'réduit'], once: [TRIGGER] },
      { key: 'Return', focus: 'button.trigger', hear: ['étendu'], notHear: ['réduit'] },
      // The line is closed (the page's clock: Sunday morning): writing and help near you come first, then the call.
      { key: 'Tab', note: 'the written channel first', focus: 'relais-help › a', hear: ['Écrire à France Titres', 'lien'] },
      { key: 'Tab', focus: 'relais-help › a', hear: ['Carte des France Services', 'lien'] },
      { key: 'Tab', focus: 'relais-help › a', hear: ['Carte des lieux de médiation numérique', 'lien'] },
      {
        key: 'Tab',
        note: 'the call link, secondary, with the line closed and when it opens',
        focus: 'relais-help › a.call',
        hear: ['Appeler quand même le 34 00', 'lien', d(4, CLOSED_STATUS, "the phone link's description says the line is closed and when it opens")],
      },
      { key: 'Tab', focus: 'relais-help › a', hear: [/Depuis .+ : \+33 9 70 83 07 07/, 'lien'] },
      { key: 'h', note: "Orca's next heading: the relay services", hear: ['Vous êtes sourd ou malentendant', 'en-tête niveau 3'] },
      { key: 'h', hear: ["Votre code d'aide", 'en-tête niveau 3'] },
      { key: 'Down', note: 'browse mode, line by line', hear: ['Donnez ce code à la personne qui vous répond.'] },
      {
        key: 'Down',
        note: 'the code, one character at a time, then its button',
        hear: [/Code d'aide : \w, \w, \w, \w\b/, 'Copier le code bouton'],
        notHear: [/\b[A-Z0-9]{2}-[A-Z0-9]{2}\b/],
      },
      { key: 'Tab', focus: 'button.copy', hear: ['Copier le code', 'bouton'] },
      { key: 'Return', wait: { until: /Code copié/ }, focus: 'button.copy', once: ['Code copié'] },
      { key: 'Escape', note: 'from inside the panel', focus: 'button.trigger', hear: [TRIGGER, 'réduit'], once: [TRIGGER] },
      { key: 'space', focus: 'button.trigger', hear: ['étendu'] },
      { key: 'space', focus: 'button.trigger', hear: ['réduit'] },
    ],
  },
  {
    name: 'help-floating',
    title:
      '<relais-help variant="floating">: the modal dialog heard on opening, Tab kept inside, the page behind out of reach, Escape and "Fermer" back to the button',
    page: page('help-floating'),
    steps: [
      { key: 'Tab', focus: 'input#champ' },
      { key: 'Tab', focus: 'a', hear: ['Lien de la page'] },
      { key: 'Tab', focus: 'button.trigger', hear: [TRIGGER, 'bouton', 'ouvre une boîte de dialogue'] },
      {
        key: 'Return',
        note: 'opens the dialog',
        focus: 'button.close',
        hear: [
          d(1, 'Parler à une personne', "the dialog's name on opening"),
          d(1, 'boîte de dialogue', "the dialog's role on opening"),
          d(1, 'Fermer', 'the focused button on opening'),
        ],
      },
      {
        key: 'shift+Tab',
        note: 'wraps to the last control of the dialog',
        focus: 'relais-help › button.copy',
        hear: ['Copier le code'],
        notHear: ['Lien de la page'],
      },
      { key: 'Tab', note: 'wraps back to the first', focus: 'button.close', hear: ['Fermer', 'bouton'] },
      // The line is closed (the page's clock): writing and help near you come before the call.
      { key: 'Tab', focus: 'relais-help › a', hear: ['Écrire à France Titres'] },
      { key: 'Tab', focus: 'relais-help › a', hear: ['Carte des France Services'] },
      { key: 'Tab', focus: 'relais-help › a', hear: ['Carte des lieux de médiation numérique'] },
      {
        key: 'Tab',
        focus: 'relais-help › a.call',
        hear: ['Appeler quand même le 34 00', d(4, CLOSED_STATUS, "the phone link's description says the line is closed")],
      },
      { key: 'shift+h', note: "Orca's previous headings", hear: ['Être aidé près de chez vous', 'en-tête niveau 3'] },
      { key: 'shift+h', hear: ['Par écrit', 'en-tête niveau 3'] },
      { key: 'shift+h', hear: ['Par téléphone', 'en-tête niveau 3'] },
      { key: 'shift+h', hear: ['Parler à une personne', 'en-tête niveau 2'] },
      {
        key: 'shift+h',
        note: 'and no further: the page behind is inert',
        notHear: ['Renouvellement du permis de conduire', "Vous en êtes à l'étape"],
      },
      {
        key: 'Escape',
        note: 'closes the dialog',
        focus: 'button.trigger',
        hear: [d(1, TRIGGER, 'the button heard when focus returns to it')],
        notHear: ['Fermer'],
      },
      { key: 'Return', note: 'opens it again', focus: 'button.close', hear: [d(1, 'boîte de dialogue', "the dialog's role on opening")] },
      {
        key: 'Return',
        note: '"Fermer"',
        focus: 'button.trigger',
        hear: [d(1, TRIGGER, 'the button heard when focus returns to it')],
      },
      { key: 'shift+Tab', note: 'the page is usable again', focus: 'a', hear: ['Lien de la page'] },
    ],
  },
  {
    name: 'steps',
    title: '<relais-steps>: the heading as one phrase, the next step, every step with its state (off-line steps too), a step change announced once',
    page: page('steps'),
    load: { hear: ['Étape 3 sur 7 : Votre état civil', 'Étape suivante : Photo et signature'] },
    steps: [
      { key: 'shift+h', note: "Orca's previous heading, from the end of the page", hear: ['Étape 3 sur 7 : Votre état civil', 'en-tête niveau 2'] },
      { key: 'Down', hear: ['Étape suivante : Photo et signature'] },
      { key: 'Down', hear: ['Temps restant à prévoir : environ 12 min'] },
      { key: 'Tab', focus: 'button.toggle', hear: ['Voir toutes les étapes', 'réduit', 'bouton'] },
      { key: 'Return', hear: ['étendu'] },
      { browse: true, hear: ['Mode navigation'] },
      {
        key: 'Down',
        note: 'an off-line step, done',
        hear: [d(6, 'La photo et la signature, dans une cabine, terminée', 'a step of the list read as one phrase')],
      },
      { key: 'Down', hear: [/À faire sur place : cabine photo/] },
      { key: 'Down', hear: ['La cabine vous donne un code e-photo.'] },
      { key: 'Down', hear: [d(6, 'Connexion à votre compte, terminée', 'a step of the list read as one phrase')] },
      { key: 'Down', note: 'the current step', hear: [d(6, 'Votre état civil, en cours', 'a step of the list read as one phrase')] },
      { key: 'Down', hear: [d(6, 'Photo et signature, à faire', 'a step of the list read as one phrase')] },
      { key: 'Tab', note: 'from the list, Tab goes back to its button', focus: 'button.toggle', hear: ['Voir toutes les étapes', 'étendu'] },
      { key: 'Tab', focus: 'button.toggle', hear: ['À préparer (1)', 'réduit'] },
      { key: 'Tab', focus: 'button#suivante', hear: ['Valider cette étape', 'bouton'] },
      {
        key: 'Return',
        note: 'the host form moves on: the tracker announces it, focus stays',
        wait: { until: /Étape 4 sur 7/ },
        focus: 'button#suivante',
        once: ['Étape 4 sur 7 : Photo et signature'],
      },
    ],
  },
  {
    name: 'steps-focus',
    title: '<relais-steps focus-heading>: "Continuer" hides its own step; focus moves to the tracker\'s heading, and that is heard',
    page: page('steps-focus'),
    load: { hear: ['Étape 1 sur 3 : Votre véhicule'] },
    steps: [
      { key: 'Tab', focus: 'button.toggle', hear: ['Voir toutes les étapes'] },
      { key: 'Tab', focus: 'input#immat', hear: ["Numéro d'immatriculation", 'zone de saisie'] },
      { key: 'Tab', focus: 'button', hear: ['Continuer', 'bouton'] },
      {
        key: 'Return',
        note: 'the step hides with the focused button',
        focus: 'div.heading',
        hear: [
          d(7, "Étape 2 sur 3 : L'ancien propriétaire", 'the focus move to the heading is heard'),
          d(7, 'en-tête niveau 2', 'the heading is read as a heading'),
        ],
        once: ["Étape 2 sur 3 : L'ancien propriétaire"],
      },
      { key: 'Tab', focus: 'button.toggle', hear: ['Voir toutes les étapes'] },
      { key: 'Tab', focus: 'input#nom', hear: ["Nom de l'ancien titulaire", 'zone de saisie'] },
      { key: 'Tab', focus: 'button', hear: ['Continuer'] },
      {
        key: 'space',
        focus: 'div.heading',
        hear: [d(7, 'Étape 3 sur 3 : Vérifier et envoyer', 'the focus move to the heading is heard')],
        once: ['Étape 3 sur 3 : Vérifier et envoyer'],
      },
    ],
  },
  {
    name: 'term',
    title: '<relais-term>: the word and that it explains itself, the explanation once on opening, "Plus simple", "En savoir plus", Escape',
    page: page('term'),
    steps: [
      { key: 'Tab', focus: 'button.term', hear: ['code de cession', 'bouton', 'réduit', "Voir l'explication"], once: [d(2, "Voir l'explication")] },
      {
        key: 'Return',
        focus: 'button.term',
        hear: ['étendu'],
        once: [d(2, TERM_TEXT, 'the explanation is spoken once (description or live region, not both)')],
      },
      { key: 'Tab', focus: 'relais-term › button', hear: ['Plus simple', 'bouton à deux états', 'non pressé'] },
      { key: 'Return', hear: ['pressé'], once: [TERM_EASY] },
      { key: 'Tab', focus: 'button.listen', hear: ['Écouter', 'bouton'] },
      {
        key: 'Tab',
        focus: 'relais-term › a',
        hear: [d(6, 'En savoir plus sur « code de cession »', 'the hidden part keeps its leading space')],
        notHear: [d(6, /plussur/)],
      },
      { key: 'Tab', focus: 'button.close', hear: ['Fermer', 'bouton'] },
      {
        key: 'Escape',
        note: 'from inside the explanation: closes, focus back on the word',
        focus: 'button.term',
        hear: ['code de cession', 'réduit'],
        once: [d(2, TERM_HINT, 'the description is not read again when it changes back')],
      },
      { key: 'space', note: '"Plus simple" stays chosen', focus: 'button.term', once: [d(2, TERM_EASY, 'the explanation is spoken once')] },
      {
        key: 'Escape',
        note: 'from the word: closes, focus stays',
        focus: 'button.term',
        notHear: [TERM_TEXT, TERM_EASY],
      },
      { key: 'Tab', focus: 'a', hear: ['Lien après le mot'] },
    ],
  },
  {
    name: 'explainer',
    title: '<relais-explainer>: the field\'s description gains the summary after its own hint; the disclosure, its content, "Plus simple"',
    page: page('explainer'),
    steps: [
      {
        key: 'Tab',
        focus: 'input#numero_formule',
        hear: ['Numéro de formule', 'zone de saisie', /Il figure sur la carte grise\. Le numéro de 11 caractères en haut de la carte grise/],
      },
      {
        key: 'Tab',
        focus: 'button.toggle',
        hear: ["Qu'est-ce que c'est ? Où le trouver ? (Numéro de formule)", 'réduit', 'bouton'],
      },
      { key: 'Return', focus: 'button.toggle', hear: ['étendu'] },
      { browse: true, hear: ['Mode navigation'] },
      { key: 'Down', note: 'browse mode starts on the button', hear: ['étendu bouton'] },
      { key: 'Down', hear: ['Ce qui est demandé'] },
      { key: 'Down', hear: ["Le numéro propre à votre certificat d'immatriculation."] },
      { key: 'Tab', focus: 'relais-explainer › button', hear: ['Plus simple', 'non pressé'] },
      { key: 'Return', once: ["C'est le numéro de la carte grise. Ce n'est pas le numéro de la plaque."] },
      { key: 'shift+Tab', focus: 'button.toggle', hear: ['étendu'] },
      { key: 'space', focus: 'button.toggle', hear: ['réduit'] },
      { key: 'Tab', focus: 'input#suite', hear: ['Champ suivant'] },
    ],
  },
  {
    name: 'points',
    title:
      '<relais-help-points>: the field with its label and hint, the count announced once, the location button, each place a heading and short lines, its links naming it, "Voir plus de lieux"',
    page: page('points'),
    steps: [
      { key: 'Tab', focus: 'a', hear: ['Lien avant'] },
      { key: 'Tab', focus: 'input#q', hear: ['recherche', 'Code postal ou commune', 'zone de saisie', 'Par exemple : 48000 ou Mende'] },
      { type: '48000' },
      { key: 'Return', wait: { until: /lieux? trouvés?/ }, focus: 'input#q', once: ['3 lieux trouvés près de 48000'] },
      { key: 'Tab', focus: 'button.primary', hear: ['Chercher', 'bouton'] },
      { key: 'Tab', focus: 'button.secondary', hear: ['Utiliser ma position', 'bouton'] },
      {
        key: 'Return',
        note: 'the position is given (Mende)',
        wait: { until: /lieux? trouvés?/ },
        once: ['3 lieux trouvés près de votre position'],
      },
      {
        key: 'Tab',
        note: 'the first place: its phone link says which place, how far, whether it is open',
        focus: 'a.call',
        hear: [
          'Appeler le 04 65 71 00 01',
          d(3, 'Point numérique de la préfecture de la Lozère', 'the phone link names its place'),
          d(3, /À moins de 1 km\. (?:Ouvert|Fermé)/, "the phone link's description: distance, then open or not"),
        ],
      },
      // The first place's other links and its "Préparer ma visite", then the next two places'.
      ...['a', 'a', 'a', 'visit', 'a', 'a', 'visit', 'a', 'a', 'visit'].map((kind) =>
        kind === 'visit'
          ? {
              key: 'Tab',
              focus: 'relais-help-points › button.secondary.visit',
              hear: ['Préparer ma visite', 'bouton', d(3, PLACE_NAME, 'each button names its place')],
            }
          : { key: 'Tab', focus: 'relais-help-points › a', hear: ['lien', d(3, PLACE_NAME, 'each link names its place')] },
      ),
      { key: 'Tab', focus: /button\.[\w.]*more/, hear: ['Voir plus de lieux', 'bouton'] },
      {
        key: 'Return',
        note: 'three more places; focus on the first new one',
        wait: { until: /lieux affichés/ },
        focus: d(3, /relais-help-points › [^|]+ \| heading « Tiers-lieu de la Colagne \(exemple\) »/, "focus on the first new place's heading"),
        hear: [d(3, /en-tête niveau \d/, "focus lands on the first new place's heading")],
        notHear: [d(3, /niveau d'arborescence/, 'no "tree level": a place is not a focusable list item')],
        once: ['6 lieux affichés'],
        short: d(3, 160, "the place's heading, not the whole card"),
      },
      ...[1, 2, 3].map(() => ({
        key: 'Down',
        spoken: d(3, true, 'every Down says something'),
        short: d(3, 120, 'a card reads as short lines'),
        notHear: [d(3, /niveau d'arborescence/)],
      })),
      { key: 'shift+h', note: "Orca's previous heading: this place's name", hear: ['Tiers-lieu de la Colagne (exemple)', /en-tête niveau 2/] },
      {
        key: 'shift+h',
        note: 'the place before',
        hear: [d(3, PLACE_NAME, "each place's name is a heading"), d(3, /en-tête niveau 2/, "each place's name is a heading")],
      },
    ],
  },
  {
    name: 'visit',
    title:
      '<relais-help-points>, the visit sheet: "Préparer ma visite" names its place; the sheet is reached on its title, read as short lines; Escape goes back to the same button',
    page: page('visit'),
    steps: [
      { key: 'Tab', focus: 'a', hear: ['Lien avant'] },
      { key: 'Tab', focus: 'input#q', hear: ['Code postal ou commune'] },
      { type: '48000' },
      { key: 'Return', wait: { until: /lieux? trouvés?/ }, focus: 'input#q', once: ['3 lieux trouvés près de 48000'] },
      ...[1, 2, 3, 4, 5, 6].map(() => ({ key: 'Tab', spoken: true })),
      {
        key: 'Tab',
        focus: 'relais-help-points › button.secondary.visit',
        hear: ['Préparer ma visite', 'Point numérique de la préfecture de la Lozère', 'bouton'],
      },
      {
        key: 'Return',
        note: 'the sheet in place of the list, focus on its title',
        focus: /relais-help-points › [^|]+#visit-title \| heading/,
        hear: ['Préparer ma visite', /en-tête niveau 2/],
        short: 200,
      },
      {
        key: 'Escape',
        note: 'back to the list, on the button that opened the sheet',
        focus: 'relais-help-points › button.secondary.visit',
        hear: ['Préparer ma visite', 'Point numérique de la préfecture de la Lozère', 'bouton'],
      },
      { key: 'Return', note: 'the sheet again', focus: /#visit-title \| heading/, hear: ['Préparer ma visite'] },
      {
        key: 'Down',
        note: 'read on: what the médiateur does, in one sentence',
        hear: ['une personne vous aide gratuitement'],
        short: 160,
      },
      ...[1, 2, 3, 4].map(() => ({ key: 'Down', spoken: true, short: 160 })),
    ],
  },
  {
    name: 'annotate',
    title:
      'annotate() on a form: the words of the labels, hints and text become terms; the fields keep their names and descriptions; a check box label is left alone',
    page: page('annotate'),
    steps: [
      { key: 'Tab', focus: 'button.term', hear: ["certificat d'immatriculation", 'bouton', 'réduit', "Voir l'explication"] },
      // A label that is one whole term keeps its words; its "?" comes after it, named for the term (issue 15).
      { key: 'Tab', focus: 'button.term', hear: ['Explication : numéro de formule', 'bouton'] },
      { key: 'Tab', focus: 'input#formule', hear: ['Numéro de formule', 'zone de saisie', 'Il figure en haut de la carte grise.'], notHear: ['réduit'] },
      { key: 'Tab', focus: 'button.term', hear: ['Explication : code de cession', 'bouton'] },
      { key: 'Return', hear: ['étendu'], once: [d(2, TERM_TEXT, 'the explanation is spoken once')] },
      { key: 'Escape', focus: 'button.term', hear: ['réduit'] },
      { key: 'Tab', focus: 'input#code', hear: ['Code de cession', 'zone de saisie', 'Le vendeur vous a donné ce code de cession.'] },
      { key: 'Tab', note: 'a check box label is not annotated', focus: 'input', hear: ["J'ai le certificat de cession", 'case à cocher'], notHear: ['bouton'] },
    ],
  },
  {
    name: 'canary',
    title: 'A deliberately broken page: every kind of check must fail on it, or the suite proves nothing',
    page: page('canary'),
    canary: true,
    load: { expectFailures: [/must not hear .*barre d'état/, /must not hear .*a raw URL/, /must not hear .*a raw id/, /must not hear .*English role words/] },
    steps: [
      {
        key: 'Tab',
        note: 'a button named by a raw URL and id; the check expects another name and focus',
        hear: ['Envoyer le dossier'],
        focus: 'button#autre',
        expectFailures: [/must hear "Envoyer le dossier"/, /focus must be on "button#autre"/, /must not hear .*raw URL/, /must not hear .*raw id/],
      },
      {
        key: 'Return',
        note: 'announced twice, by two live regions',
        wait: { until: /Dossier envoyé/ },
        once: ['Dossier envoyé'],
        expectFailures: [/must hear "Dossier envoyé" once, heard it 2 times/, /heard 2 times: "Dossier envoyé, merci beaucoup/],
      },
      {
        key: 'Tab',
        note: 'a long block, and an English word',
        short: 60,
        spoken: true,
        notHear: ['bloc'],
        expectFailures: [/says \d+ characters, more than 60/, /must not hear "bloc"/, /must not hear .*English role words/],
      },
      {
        key: 'Tab',
        note: 'nothing is said for a hidden element that keeps focus',
        wait: { limit: 2_500 },
        spoken: true,
        expectFailures: [/must say something, said nothing/],
      },
    ],
  },
];
