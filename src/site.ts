/** Facts about the publication itself, used by layouts, meta tags and structured data. */
export const SITE = {
  title: "El Salvador: behind the numbers",
  /** The story's summary: the page description and what search engines and share previews show. */
  description:
    "What lies behind the collapse in recorded killings in El Salvador under Nayib Bukele: gang pacts, mass incarceration, deaths in custody and the gaps in the official count.",
  credit: "A data story by an independent data-journalism team.",
  licence: "CC BY 4.0",
  /** Named as the story's author and publisher in its structured data (an Organization). */
  organization: "El Salvador: behind the numbers",
  /** Open Graph locale of the site's pages. */
  locale: "en_US",
  /** When the story was first published, and when it last changed in substance (ISO 8601 dates). */
  published: "2026-11-25",
  modified: "2026-11-25",
} as const;

/** A published correction: what was wrong and what changed, dated. */
export interface Correction {
  /** ISO 8601 date of the correction. */
  date: string;
  text: string;
}

/**
 * Corrections to the story, oldest first. Add one for every correction of substance (and update
 * SITE.modified); they go into the story's structured data as its `correction` property.
 */
export const corrections: readonly Correction[] = [];
