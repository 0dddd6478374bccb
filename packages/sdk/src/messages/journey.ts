/**
 * Texts added for the citizen's whole journey (issue 15): the checklist's
 * count, the closed line and its week in words, the relay services for deaf
 * and hard-of-hearing citizens, the "?" trigger after a label. Kept apart so
 * that they sit beside each widget's own file; the keys keep each widget's
 * prefix (`steps.`, `help.`, `hours.`, `explainer.`).
 */
const fr = {
  // <relais-steps>: the checklist
  'steps.docs.ready': '{ready} sur {total} prêts',
  'steps.docs.readyOne': '{ready} sur {total} prêt',
  // <relais-term> with no word of its own: the "?" after a label
  'explainer.term.trigger': 'Explication\u00a0: {term}',
  // Opening hours: the week in words, and why it is closed today
  'hours.week.range': 'Du {from} au {to}',
  'hours.week.two': 'Le {first} et le {second}',
  'hours.week.one': 'Le {day}',
  'hours.week.interval': 'de {opens} à {closes}',
  'hours.week.and': ' et ',
  'hours.week.line': '{days}, {hours}.',
  'hours.week.holidays': 'Fermé les jours fériés.',
  'hours.exceptionClosed': "Fermé, ce n'est pas comme d'habitude",
  'hours.exceptionOpens': "Fermé, ce n'est pas comme d'habitude. Ouvre {day} à {time}",
  // <relais-help>: the line closed, written contact, relay services
  'help.phone.hoursTitle': 'Horaires de la ligne\u00a0:',
  'help.phone.callAnyway': 'Appeler quand même le {display}',
  'help.phone.closedNote': 'La ligne est fermée. Si vous appelez, vous entendrez peut-être un message enregistré.',
  'help.written.title': 'Par écrit',
  'help.written.intro': 'Vous pouvez écrire à toute heure. La réponse arrive plus tard.',
  'help.relay.operator':
    "Appelez le {display} avec le service relais de votre opérateur de téléphone. Une personne traduit l'appel en langue des signes, en LfPC ou par écrit.",
  'help.relay.operatorFree': "Ce service est gratuit dans une limite d'heures chaque mois. Votre opérateur vous dit comment l'utiliser.",
  'help.relay.modes': 'Possible en\u00a0: {modes}.',
  'help.relay.mode.lsf': 'langue des signes (LSF)',
  'help.relay.mode.lfpc': 'langue parlée complétée (LfPC)',
  'help.relay.mode.text': 'écrit en direct',
  'help.relay.or': 'ou',
} as const;

/** English. */
const en: Record<keyof typeof fr, string> = {
  'steps.docs.ready': '{ready} of {total} ready',
  'steps.docs.readyOne': '{ready} of {total} ready',
  'explainer.term.trigger': 'Explanation: {term}',
  'hours.week.range': 'From {from} to {to}',
  'hours.week.two': 'On {first}s and {second}s',
  'hours.week.one': 'On {day}s',
  'hours.week.interval': '{opens} to {closes}',
  'hours.week.and': ' and ',
  'hours.week.line': '{days}, {hours}.',
  'hours.week.holidays': 'Closed on public holidays.',
  'hours.exceptionClosed': 'Closed (special closure)',
  'hours.exceptionOpens': 'Closed (special closure). Opens {day} at {time}',
  'help.phone.hoursTitle': 'Opening hours of the line:',
  'help.phone.callAnyway': 'Call {display} anyway',
  'help.phone.closedNote': 'The line is closed. If you call, you may hear a recorded message.',
  'help.written.title': 'In writing',
  'help.written.intro': 'You can write at any time. The answer comes later.',
  'help.relay.operator':
    'Call {display} with the relay service of your phone operator (mobile or internet box): someone translates the call into French sign language (LSF), cued speech (LfPC) or real-time text.',
  'help.relay.operatorFree': 'This service is free up to a number of hours each month. Your operator tells you how to use it.',
  'help.relay.modes': 'Available in: {modes}.',
  'help.relay.mode.lsf': 'French sign language (LSF)',
  'help.relay.mode.lfpc': 'cued speech (LfPC)',
  'help.relay.mode.text': 'real-time text',
  'help.relay.or': 'or',
};

/** Easy-to-read French (FALC): short sentences, one idea each, everyday words, no acronym; every message has one. */
const frEasy: Record<keyof typeof fr, string> = {
  'steps.docs.ready': 'Vous avez {ready} papiers sur {total}.',
  'steps.docs.readyOne': 'Vous avez {ready} papier sur {total}.',
  'explainer.term.trigger': 'Ce que veut dire\u00a0: {term}',
  'hours.week.range': 'Du {from} au {to}',
  'hours.week.two': 'Le {first} et le {second}',
  'hours.week.one': 'Le {day}',
  'hours.week.interval': 'de {opens} à {closes}',
  'hours.week.and': ' et ',
  'hours.week.line': '{days}\u00a0: {hours}.',
  'hours.week.holidays': "Les jours fériés, c'est fermé.",
  'hours.exceptionClosed': "C'est fermé pour le moment. Ce n'est pas comme d'habitude.",
  'hours.exceptionOpens': "C'est fermé pour le moment. Ça ouvre {day} à {time}.",
  'help.phone.hoursTitle': 'Quand appeler\u00a0:',
  'help.phone.callAnyway': 'Appelez quand même le {display}',
  'help.phone.closedNote': 'La ligne est fermée. Vous pouvez appeler. Mais vous allez peut-être entendre un message.',
  'help.written.title': 'Par écrit',
  'help.written.intro': 'Vous pouvez écrire quand vous voulez. La réponse arrive plus tard.',
  'help.relay.operator':
    "Vous êtes sourd ou vous entendez mal\u00a0? Appelez le {display} avec le service relais de votre opérateur. Une personne traduit l'appel pour vous. En langue des signes, ou par écrit.",
  'help.relay.operatorFree': "C'est gratuit. Il y a un nombre d'heures par mois. Demandez à votre opérateur.",
  'help.relay.modes': 'Vous pouvez parler en\u00a0: {modes}.',
  'help.relay.mode.lsf': 'langue des signes',
  'help.relay.mode.lfpc': 'langue parlée complétée',
  'help.relay.mode.text': 'écrit',
  'help.relay.or': 'ou',
};

export const journeyMessages = { fr, en, frEasy };
