/**
 * The national maps of help points, for when a page has no points file (or
 * it cannot be read): the France Services map and the map of lieux de
 * médiation numérique. Root addresses of the official sites.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The national maps' addresses. */
export const nationalMaps = {
  franceServices: 'https://www.france-services.gouv.fr',
  mediation: 'https://cartographie.societenumerique.gouv.fr',
} as const;

/** The two links, with their introduction; `t` gives the texts. */
export function renderMaps(t: (id: 'points.maps.intro' | 'points.maps.franceServices' | 'points.maps.mediation') => string): TemplateResult {
  return html`<div class="maps">
    <p>${t('points.maps.intro')}</p>
    <ul>
      <li><a href=${nationalMaps.franceServices}>${t('points.maps.franceServices')}</a></li>
      <li><a href=${nationalMaps.mediation}>${t('points.maps.mediation')}</a></li>
    </ul>
  </div>`;
}
