/**
 * Joins the French side of the glossary or of the field explainers with
 * their English texts (by id). Small and apart, so that an element joins
 * them once the English has loaded.
 */

/** The items with their English texts; an item with none keeps its French (and the content tests fail). */
export function withEnglish<Text, Item extends { id: string; fr: Text }>(
  items: readonly Item[],
  english: Readonly<Record<string, Text>>,
): (Item & { en: Text })[] {
  return items.map((item) => ({ ...item, en: Object.hasOwn(english, item.id) ? english[item.id]! : item.fr }));
}
