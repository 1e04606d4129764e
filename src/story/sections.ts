/**
 * The story's sections in reading order: the one list of them. Each has a permanent id (its
 * anchor, /#<id> and /es/#<id>, also the name of its share page /share/<id>/ and preview image
 * /og/<id>.png) and the keys of its heading and of a one- or two-sentence description used where
 * the section is shared; the words are in src/i18n/<lang>/story/<id>.ts.
 *
 * Everything else reads this list: the story page places its sections in this order, each
 * section component takes its heading from here, and so do the teachers' page, the share pages
 * and the preview images. Ids are never removed or renamed without an alias (src/story/anchors.ts):
 * links to them are published.
 *
 * Descriptions type no numbers other than years, like the teachers' summaries: the story's
 * numbers are bound to the data, and one copied there by hand would drift from them.
 */
import { translator, type WordKey } from "../i18n/translate.ts";

export interface StorySection {
  id: string;
  title: WordKey;
  /** What the section shows, for share previews: one or two sentences, under 200 characters. */
  description: WordKey;
}

export const SECTIONS = [
  { id: "opening", title: "story.opening.title", description: "story.opening.description" },
  { id: "the-fall", title: "story.the-fall.title", description: "story.the-fall.description" },
  { id: "the-missing", title: "story.the-missing.title", description: "story.the-missing.description" },
  { id: "the-pact", title: "story.the-pact.title", description: "story.the-pact.description" },
  { id: "the-price", title: "story.the-price.title", description: "story.the-price.description" },
  { id: "deaths-in-custody", title: "story.deaths-in-custody.title", description: "story.deaths-in-custody.description" },
  { id: "rule-of-law", title: "story.rule-of-law.title", description: "story.rule-of-law.description" },
  { id: "the-spread", title: "story.the-spread.title", description: "story.the-spread.description" },
  { id: "the-copycats", title: "story.the-copycats.title", description: "story.the-copycats.description" },
  { id: "mano-duras-record", title: "story.mano-duras-record.title", description: "story.mano-duras-record.description" },
  { id: "sources-and-method", title: "story.sources-and-method.title", description: "story.sources-and-method.description" },
] as const satisfies readonly StorySection[];

/** The permanent id of a section of the story. */
export type SectionId = (typeof SECTIONS)[number]["id"];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

/** A section's heading and description in the language of `locale`. */
export function section(id: SectionId, locale: string): { id: SectionId; title: string; description: string } {
  const { title, description } = SECTIONS.find((s) => s.id === id)!;
  const t = translator(locale);
  return { id, title: t(title), description: t(description) };
}
