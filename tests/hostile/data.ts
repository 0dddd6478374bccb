/**
 * Hostile input shared by the Node fuzz (tests/hostile/fuzz.test.ts), the
 * browser fuzz and the XSS corpus (tests/hostile.browser.test.ts): a valid
 * config that touches every part of the schema (to mutate), and the payloads.
 */
import { urlCorpus } from '../../packages/sdk/test/url-corpus.js';

/** A valid config with every kind of field: the fuzz mutates it part by part. */
export const richConfig = {
  locale: 'fr',
  easy: false,
  preset: 'ants/carte-grise/changement-titulaire',
  procedure: 'ants/carte-grise/changement-titulaire',
  step: 'vehicule',
  help: {
    phone: {
      number: '3400',
      display: '34 00',
      price: 'prix d’un appel local',
      hours: {
        timeZone: 'Europe/Paris',
        weekly: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:45', closes: '19:00' },
          { days: ['sat'], opens: '08:00', closes: '17:00' },
        ],
        exceptions: [{ date: '2026-12-24', closed: true }],
      },
      abroad: { number: '+33970830707', display: '+33 9 70 83 07 07' },
    },
    channels: [
      { id: 'faq', kind: 'faq', label: 'Questions fréquentes', href: '/faq', description: 'Les réponses aux questions courantes.' },
      { id: 'mail', kind: 'written', label: 'Écrire', href: 'mailto:aide@example.org' },
    ],
    points: { src: '/points/points.json' },
  },
  steps: [
    { id: 'vehicule', title: 'Votre véhicule', minutes: 5, documents: ['La carte grise'] },
    { id: 'photo', title: 'Photo', where: 'photo-booth', optional: true },
  ],
  glossary: {
    add: [
      {
        id: 'siv-test',
        domain: 'vehicle',
        link: 'https://example.org/siv',
        fr: { term: 'SIV test', definition: 'Le fichier national des véhicules.', easy: 'Le fichier des voitures.' },
      },
    ],
    override: [{ id: 'neph', fr: { definition: 'Votre numéro de permis.' } }],
    remove: ['code-cession'],
  },
  explainers: {
    'numero-formule': { fr: { label: 'Le numéro de formule', example: '2019XY54321', picture: { src: '/formule.svg', alt: 'En bas à gauche.' } } },
  },
  messages: { fr: { 'help.button': 'Aide' }, en: { 'help.title': 'Help' } },
} as const;

/** Set by any payload that runs. */
const flag = 'window.__xss=(window.__xss||0)+1';

/**
 * At least 60 payloads: tags, event handlers, SVG and MathML, attribute and
 * template breakers, Unicode tricks. Every one sets `window.__xss` if it
 * ever runs; each starts with a word, so a text field stays text-like.
 */
export const xssPayloads: string[] = [
  `<script>${flag}</script>`,
  `<SCRIPT SRC=data:text/javascript,${flag}></SCRIPT>`,
  `<img src=x onerror="${flag}">`,
  `<img src="x" onerror=${flag}>`,
  `<IMG SRC=javascript:${flag}>`,
  `<img src=x:x onerror=${flag}//`,
  `<svg onload=${flag}>`,
  `<svg><script>${flag}</script></svg>`,
  `<svg><animate onbegin=${flag} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${flag}"><text x=20 y=20>X</text></a></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${flag}'/></svg>#x"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${flag}>`,
  `<math href="javascript:${flag}">CLICK</math>`,
  `<body onload=${flag}>`,
  `<iframe src="javascript:${flag}"></iframe>`,
  `<iframe srcdoc="<script>parent.${flag}</script>"></iframe>`,
  `<object data="javascript:${flag}"></object>`,
  `<embed src="javascript:${flag}">`,
  `<details open ontoggle=${flag}>`,
  `<input autofocus onfocus=${flag}>`,
  `<select autofocus onfocus=${flag}>`,
  `<textarea autofocus onfocus=${flag}>`,
  `<video><source onerror=${flag}>`,
  `<audio src=x onerror=${flag}>`,
  `<marquee onstart=${flag}>`,
  `<a href="javascript:${flag}">lien</a>`,
  `<a href="&#106;avascript:${flag}">lien</a>`,
  `<a href="jav&#x09;ascript:${flag}">lien</a>`,
  `<form action="javascript:${flag}"><button>envoyer</button></form>`,
  `<button formaction="javascript:${flag}">b</button>`,
  `<link rel=import href="data:text/html,<script>${flag}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${flag}">`,
  `<base href="javascript:${flag}//">`,
  `<style>@import 'javascript:${flag}';</style>`,
  `<div style="background:url(javascript:${flag})">`,
  `<xss-marker onclick=${flag}>marqueur</xss-marker>`,
  `<template><img src=x onerror=${flag}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${flag}>">`,
  `<!--<img src="--><img src=x onerror=${flag}//">`,
  `<![CDATA[<img src=x onerror=${flag}>]]>`,
  `"><img src=x onerror=${flag}>`,
  `'><img src=x onerror=${flag}>`,
  `" onmouseover="${flag}" x="`,
  `' onfocus='${flag}' autofocus x='`,
  `" autofocus onfocus=${flag} x="`,
  `</relais-help><img src=x onerror=${flag}>`,
  `</textarea><img src=x onerror=${flag}>`,
  `</title><img src=x onerror=${flag}>`,
  `</style><img src=x onerror=${flag}>`,
  `</script><script>${flag}</script>`,
  `\${${flag}}`,
  `{{constructor.constructor('${flag}')()}}`,
  `{constructor}{__proto__}{toString}`,
  `<%= ${flag} %>`,
  `lit$123$<img src=x onerror=${flag}>`,
  `?lit$123$`,
  `<!--?lit$123$-->`,
  `\u003cimg src=x onerror=${flag}\u003e`,
  `＜img src=x onerror=${flag}＞`,
  `<img\u0000src=x onerror=${flag}>`,
  `<img/src=x/onerror=${flag}>`,
  `<img src=x onerror\u000c=${flag}>`,
  `\u202e<img src=x onerror=${flag}>`,
  `\ud800<img src=x onerror=${flag}>`,
  `<scr<script>ipt>${flag}</scr</script>ipt>`,
  `<a href="\u0001javascript:${flag}">a</a>`,
  `javascript:${flag}`,
  `JaVaScRiPt:${flag}`,
  `java\tscript:${flag}`,
  `data:text/html,<script>${flag}</script>`,
  `vbscript:msgbox(1)`,
];

/** Links: the URL corpus (safe and unsafe) plus the payloads that are URLs. */
export const hostileLinks: string[] = [...new Set([...urlCorpus.map((c) => c.value), ...xssPayloads.filter((p) => /^[a-z\\t]*:/i.test(p))])];
