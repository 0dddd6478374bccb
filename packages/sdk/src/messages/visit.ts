/**
 * Texts of the visit sheet ("Préparer ma visite") that `<relais-help-points>`
 * opens for one help point. Keys start with `visit.`.
 */
const fr = {
  'visit.open': 'Préparer ma visite',
  'visit.title': 'Préparer ma visite',
  'visit.mediator': 'Sur place, une personne vous aide gratuitement à faire votre démarche sur internet, avec vous.',
  'visit.place': 'Le lieu',
  'visit.hours': 'Horaires\u00a0: {hours}',
  'visit.procedure': 'Votre démarche',
  'visit.step': 'Étape où vous en êtes\u00a0: {step}',
  'visit.code': "Code d'aide\u00a0: {code}",
  'visit.codeHint': 'Montrez ce code à la personne qui vous aide. Il lui dit où vous en êtes.',
  'visit.noProcedure': 'Dites à la personne quelle démarche vous voulez faire.',
  'visit.documents': 'Papiers à apporter',
  'visit.ready': 'prêt',
  'visit.toGet': 'à préparer',
  'visit.noDocuments': "Apportez une pièce d'identité et les papiers de votre démarche.",
  'visit.private': "Cette fiche ne contient rien sur vous. Rien n'a été envoyé.",
  'visit.print': 'Imprimer la fiche',
  'visit.back': 'Retour aux lieux',
  'visit.error': "La fiche ne s'ouvre pas pour le moment. Vérifiez votre connexion, puis réessayez.",
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'visit.open': 'Prepare my visit',
  'visit.title': 'Prepare my visit',
  'visit.mediator': 'There, someone helps you for free to do your procedure online, with you.',
  'visit.place': 'The place',
  'visit.hours': 'Opening hours: {hours}',
  'visit.procedure': 'Your procedure',
  'visit.step': 'The step you are at: {step}',
  'visit.code': 'Help code: {code}',
  'visit.codeHint': 'Show this code to the person who helps you. It tells them where you are.',
  'visit.noProcedure': 'Tell the person which procedure you want to do.',
  'visit.documents': 'Papers to bring',
  'visit.ready': 'ready',
  'visit.toGet': 'to get ready',
  'visit.noDocuments': 'Bring an identity document and the papers of your procedure.',
  'visit.private': 'This sheet holds nothing about you. Nothing was sent.',
  'visit.print': 'Print the sheet',
  'visit.back': 'Back to the places',
  'visit.error': 'The sheet cannot open right now. Check your connection, then try again.',
};

/** Easy-to-read French (FALC): short sentences, one idea each, everyday words, no acronym; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'visit.open': 'Préparer ma visite',
  'visit.title': 'Préparer ma visite',
  'visit.mediator': "Là-bas, une personne vous aide. Elle fait la démarche sur internet avec vous. C'est gratuit.",
  'visit.place': 'Le lieu',
  'visit.hours': 'Quand y aller\u00a0: {hours}',
  'visit.procedure': 'Votre démarche',
  'visit.step': 'Vous en êtes là\u00a0: {step}',
  'visit.code': "Code d'aide\u00a0: {code}",
  'visit.codeHint': 'Montrez ce code à la personne. Avec ce code, elle sait où vous en êtes.',
  'visit.noProcedure': 'Dites à la personne ce que vous voulez faire.',
  'visit.documents': 'Les papiers à prendre',
  'visit.ready': 'prêt',
  'visit.toGet': 'à trouver',
  'visit.noDocuments': "Prenez votre carte d'identité. Et les papiers de votre démarche.",
  'visit.private': "Il n'y a rien sur vous dans cette fiche. Rien n'a été envoyé.",
  'visit.print': 'Imprimer la fiche',
  'visit.back': 'Revenir aux lieux',
  'visit.error': "La fiche ne s'ouvre pas. Vérifiez votre connexion. Puis essayez encore.",
};

export const visitMessages = { fr, en, frEasy };
