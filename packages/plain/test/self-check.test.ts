/**
 * Relais holds itself to its own rules (see self-check.ts): every French
 * string a citizen reads, every easy-to-read version, the glossary entries
 * the procedures need, and the facts they state with where they were checked.
 */
import { describe, expect, it } from 'vitest';
import { en, fr, frEasy, messageIds, procedureSteps, stepFacts } from '@relais/sdk';
import type { GlossaryEntry, LocalText } from '@relais/sdk';
import { defaultExplainers } from '@relais/sdk/glossary/default-explainers.js';
import { defaultGlossary } from '@relais/sdk/glossary/default-glossary.js';
import { glossaryMatcher } from '../src/index.js';
import { explainerEntries, formatFailures, glossaryEntries, hoursEntries, messageEntries, presetEntries, selfCheck } from './self-check.js';
import type { Entry } from './self-check.js';

const all: Entry[] = [...messageEntries(), ...glossaryEntries(defaultGlossary), ...explainerEntries(defaultExplainers), ...presetEntries(), ...hoursEntries()];
const byId = (id: string): GlossaryEntry => {
  const e = defaultGlossary.find((x) => x.id === id);
  if (!e) throw new Error(`no glossary entry "${id}"`);
  return e;
};
const frOf = (t: LocalText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? t : t.fr);
const enOf = (t: LocalText | undefined): string => (t === undefined ? '' : typeof t === 'string' ? '' : (t.en ?? ''));

describe('Relais holds its own texts to the readability rules', () => {
  it('gathers the strings of every source', () => {
    for (const prefix of ['messages.fr.', 'messages.fr-easy.', 'glossary.', 'explainers.', 'steps.', 'presets.ants.', 'hours.fr.', 'hours.fr-easy.'])
      expect(
        all.some((e) => e.id.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('scores every French string of five words or more 70 or more (sentences of 20 words at most), every easy-to-read one 80 or more (12 words, no acronym)', () => {
    const { failures, scored } = selfCheck(all);
    expect(scored.length).toBeGreaterThan(400);
    expect(failures, `\n${formatFailures(failures)}\n`).toEqual([]);
  });

  it('lists the short labels apart, not scored', () => {
    const { labels, scored } = selfCheck(all);
    expect(labels.length).toBeGreaterThan(50);
    const scoredIds = new Set(scored.map((s) => s.id));
    for (const label of labels) expect(scoredIds.has(label.id), label.id).toBe(false);
    // The list, for whoever writes the texts (vitest shows it with --reporter=verbose).
    console.info(`${labels.length} short labels (under five words, not scored):\n${labels.map((l) => `  ${l.id}: ${l.text}`).join('\n')}`);
  });

  it('catches a string that breaks a rule (a broken fixture), with its id and score', () => {
    const { failures } = selfCheck([
      { id: 'fixture.hard', text: "L'administration procède à la vérification systématique des informations communiquées préalablement.", easy: false },
      {
        id: 'fixture.long',
        text: 'Vous pouvez aussi venir nous voir sur place avec tous vos papiers pour que nous regardions avec vous ce qui manque encore.',
        easy: false,
      },
      { id: 'fixture.easy', text: 'Apportez votre CNI à la mairie de votre ville.', easy: true },
      { id: 'fixture.easy-long', text: 'Vous allez à la mairie avec votre carte et une photo de vous pour la demande.', easy: true },
      { id: 'fixture.fine', text: 'Donnez ce code à la personne qui vous répond.', easy: false },
    ]);
    expect(failures.map((f) => f.id)).toEqual(['fixture.hard', 'fixture.long', 'fixture.easy', 'fixture.easy-long']);
    expect(failures[0]!.problems[0]).toMatch(/^Kandel–Moles -?\d+(\.\d)? \(at least 70\)$/u);
    expect(failures[1]!.problems).toEqual([expect.stringMatching(/^a sentence of 22 words \(at most 20\)/u)]);
    expect(failures[2]!.problems).toContain('the acronym CNI');
    expect(failures[3]!.problems).toEqual([expect.stringMatching(/^a sentence of 16 words \(at most 12\)/u)]);
    expect(formatFailures(failures)).toMatch(/^fixture\.hard \(-?[\d.]+\): Kandel–Moles/u);
  });
});

describe('easy-to-read versions', () => {
  it('every interface message has one, the opening-hours texts included', () => {
    const missing = messageIds.filter((id) => !frEasy[id]?.trim());
    expect(missing).toEqual([]);
    expect(Object.keys(frEasy).sort()).toEqual([...messageIds].sort());
    for (const id of messageIds.filter((m) => m.startsWith('hours.'))) expect(frEasy[id], id).toBeTruthy();
  });

  it('keeps the placeholders of the French message', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    const wrong = messageIds.filter((id) => {
      const easy = placeholders(frEasy[id] ?? '');
      const base = placeholders(fr[id]);
      // An easy version may leave out a value, never add one the widget does not fill.
      return easy.some((p) => !base.includes(p));
    });
    expect(wrong).toEqual([]);
  });
});

describe('English', () => {
  it('writes "online" and "offline" in one word', () => {
    const texts = [
      ...Object.entries(en),
      ...defaultGlossary.flatMap((e) => [e.en.term, e.en.definition, e.en.easy, ...(e.en.variants ?? [])].map((t) => [e.id, t] as const)),
      ...defaultExplainers.flatMap((x) => [x.en.summary, x.en.what, x.en.why, x.en.where, x.en.easy].map((t) => [x.id, t] as const)),
      ...Object.entries(procedureSteps).flatMap(([p, o]) =>
        [...(o.documents ?? []), ...o.items.flatMap((s) => [s.title, s.note, s.place, ...(s.documents ?? [])])].map((t) => [p, enOf(t)] as const),
      ),
    ];
    expect(texts.filter(([, t]) => /\b(?:on|off)[\s-]line\b/iu.test(t))).toEqual([]);
    // The check catches the other spelling.
    expect(/\b(?:on|off)[\s-]line\b/iu.test('Book an appointment on line')).toBe(true);
  });
});

describe('the glossary the procedures need', () => {
  const added = [
    'siv',
    'photo-signature-numerique',
    'empreintes',
    'assr',
    'jdc',
    'attestation-recensement',
    'recepisse',
    'avis-medical',
    'medecin-agree',
    'cabine-photo-agreee',
    'carte-grise-barree',
    'coupon-detachable',
    'contre-visite',
    'pli-securise',
    'autorite-parentale',
    'bsr',
    'residence-normale',
    'code-confidentiel',
    'justif-adresse',
  ];

  it('has the entries the issue lists, each with a definition, an easy-to-read version and English', () => {
    for (const id of added) {
      const e = byId(id);
      for (const text of [e.fr.term, e.fr.definition, e.fr.easy, e.en.term, e.en.definition, e.en.easy]) expect(text.trim(), id).not.toBe('');
    }
    expect(byId('assr').fr.variants).toContain('ASR');
    expect(byId('siv').fr.variants).toContain("système d'immatriculation des véhicules");
    expect(byId('certificat-cession').fr.variants).toEqual(expect.arrayContaining(['cerfa 15776', '15776']));
    expect(byId('carte-grise-barree').fr.definition).toMatch(/Vendu le… à… h.*Cédé le….*signe/u);
  });

  it('finds the words of the steps themselves', () => {
    const matcher = glossaryMatcher(defaultGlossary, 'fr');
    const ids = (text: string) => matcher.find(text).map((m) => [m.text, m.id]);
    expect(ids('Visite chez un médecin agréé')).toEqual([['médecin agréé', 'medecin-agree']]);
    expect(ids('Visite médicale chez un médecin agréé')).toEqual([
      ['Visite médicale', 'visite-medicale'],
      ['médecin agréé', 'medecin-agree'],
    ]);
    expect(ids('Déposer le dossier et donner vos empreintes')).toContainEqual(['empreintes', 'empreintes']);
    expect(ids('Le certificat de cession (cerfa 15776) signé')).toContainEqual(['certificat de cession', 'certificat-cession']);
    expect(ids('Remplissez le cerfa 15776.')).toEqual([['cerfa 15776', 'certificat-cession']]);
    expect(ids('La carte grise barrée et signée par le vendeur')).toContainEqual(['carte grise barrée', 'carte-grise-barree']);

    // Every term the issue asks to reach is reached from the steps' own texts.
    const stepTexts = Object.values(procedureSteps).flatMap((o) => [
      ...(o.documents ?? []).map(frOf),
      ...o.items.flatMap((s) => [frOf(s.title), frOf(s.note), frOf(s.place), ...(s.documents ?? []).map(frOf)]),
    ]);
    const found = new Set(stepTexts.flatMap((t) => matcher.find(t).map((m) => m.id)));
    for (const id of [
      'medecin-agree',
      'visite-medicale',
      'empreintes',
      'avis-medical',
      'recepisse',
      'cabine-photo-agreee',
      'carte-grise-barree',
      'assr',
      'jdc',
      'contre-visite',
      'justif-adresse',
      'pli-securise',
    ])
      expect(found.has(id), id).toBe(true);
  });

  it('states the corrected facts', () => {
    expect(byId('justificatif-domicile').fr.definition).toMatch(
      /moins de 1\u00a0an pour une carte d'identité ou un passeport, 6\u00a0mois pour une carte grise/u,
    );
    expect(byId('code-cession').fr.definition).toMatch(/15\u00a0jours/u);
    expect(byId('controle-technique').fr.definition).toMatch(/2\u00a0mois s'il y a une contre-visite/u);
    expect(byId('numero-formule').fr.definition).toMatch(/au dos du coupon détachable/u);
    const formule = defaultExplainers.find((x) => x.id === 'numero-formule')!;
    expect(formule.fr.where).toMatch(/coupon détachable/u);
    const identityDocs = ['ants/cni/pre-demande', 'ants/passeport/pre-demande'].flatMap((p) => procedureSteps[p]!.documents!.map(frOf));
    expect(identityDocs).toContain("Un justificatif de domicile de moins de 1\u00a0an. Ou bien le service Justif'Adresse.");
    expect(identityDocs.join(' ')).not.toMatch(/domicile de moins de 6/u);
    const seller = procedureSteps['ants/carte-grise/declaration-cession']!.items.find((s) => s.id === 'code-cession')!;
    expect(frOf(seller.note)).toMatch(/donnez-le vite à l'acheteur\u00a0: il marche 15\u00a0jours/u);
  });

  it('keeps each checked fact with when and where it was checked, and the texts state it', () => {
    const checkedEntries = [...defaultGlossary, ...defaultExplainers].filter((e) => e.checked);
    expect(checkedEntries.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'justificatif-domicile',
        'code-cession',
        'controle-technique',
        'numero-formule',
        'contre-visite',
        'justif-adresse',
        'carte-grise-barree',
      ]),
    );
    for (const e of checkedEntries) {
      const c = e.checked!;
      expect(c.on, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(c.where.length, e.id).toBeGreaterThan(20);
      const texts = Object.values(e.fr)
        .filter((v): v is string => typeof v === 'string')
        .join(' ');
      for (const fact of c.facts) {
        const words = fact.split(/[\s\u00a0,]+/u).filter((w) => w.length > 3);
        for (const w of words) expect(texts, `${e.id}: "${w}" of the fact "${fact}"`).toContain(w);
      }
    }
    for (const fact of stepFacts) {
      expect(fact.on).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      for (const p of fact.procedures) {
        const o = procedureSteps[p]!;
        const texts = [...(o.documents ?? []), ...o.items.flatMap((s) => [s.note, ...(s.documents ?? [])])].map(frOf).join('\n');
        expect(texts, `${p}: ${fact.text}`).toContain(fact.text);
      }
    }
  });
});
