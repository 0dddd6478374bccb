/**
 * Joins the French side of the glossary or of the field explainers with
 * their English texts (by id), and a glossary entry of the French index with
 * its French texts. Small and apart, so that an element joins them once the
 * texts have loaded.
 */
import type { GlossaryBase, GlossaryEntryTexts, GlossaryIndexEntry } from './model.js';

/** The items with their English texts; an item with none keeps its French (and the content tests fail). */
export function withEnglish<Text, Item extends { id: string; fr: Text }>(
  items: readonly Item[],
  english: Readonly<Record<string, Text>>,
): (Item & { en: Text })[] {
  return items.map((item) => ({ ...item, en: Object.hasOwn(english, item.id) ? english[item.id]! : item.fr }));
}

/** An entry of the French index with its French texts. */
export function joinTexts(entry: GlossaryIndexEntry, texts: GlossaryEntryTexts): GlossaryBase {
  return { ...entry, ...texts, fr: { ...entry.fr, ...texts.fr } };
}

/** The index's entries with their French texts (by id); an entry without texts is an error of the data, said at once. */
export function withTexts(index: readonly GlossaryIndexEntry[], texts: Readonly<Record<string, GlossaryEntryTexts>>): GlossaryBase[] {
  return index.map((entry) => {
    if (!Object.hasOwn(texts, entry.id)) throw new Error(`glossary: the entry "${entry.id}" has no texts (terms/fr/${entry.id}.ts).`);
    return joinTexts(entry, texts[entry.id]!);
  });
}
