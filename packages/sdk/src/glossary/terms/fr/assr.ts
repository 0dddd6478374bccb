/** The glossary entry "ASSR": its French texts (its term and forms are in `../../glossary-fr-index.ts`, its English in `../../glossary-en.ts`). One file per entry: a page loads only the texts of the terms it shows. */
import type { GlossaryEntryTexts } from '../../model.js';

export const texts: GlossaryEntryTexts = {
  fr: {
    definition: 'Une attestation de sécurité routière. Vous la passez au collège (ASSR) ou dans un centre (ASR). Le permis la demande, selon votre âge.',
    easy: 'Au collège, vous passez un petit examen sur la route. Vous recevez une attestation. Elle sert pour le permis.',
  },
};
