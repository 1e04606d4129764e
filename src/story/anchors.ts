/**
 * Old anchors and the ones that replaced them. Links to sections and steps are published in
 * lesson plans and articles, so an id is never removed: to rename one, give the section or step
 * its new id and add `old: "new"` here. The page then keeps an element with the old id at the
 * start of the new one, so old links land in the right place, with or without JavaScript.
 */
export const aliases: Readonly<Record<string, string>> = {};

/** The old ids that now lead to `id`. */
export function aliasesOf(id: string): string[] {
  return Object.entries(aliases)
    .filter(([, target]) => target === id)
    .map(([old]) => old);
}
