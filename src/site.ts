/**
 * Facts about the publication itself, used by layouts, meta tags and structured data. Its title,
 * description and credit line are words, in the locale files (ui.site-title, ui.site-description,
 * ui.credit).
 */
import type { Lang } from "./i18n/locales.ts";

export const SITE = {
  licence: "CC BY 4.0",
  /** Named as the story's author and publisher in its structured data (an Organization): a name, not translated. */
  organization: "El Salvador: behind the numbers",
  /** When the story was first published, and when it last changed in substance (ISO 8601 dates). */
  published: "2026-11-25",
  modified: "2026-11-25",
} as const;

/** A published correction: what was wrong and what changed, dated. */
export interface Correction {
  /** ISO 8601 date of the correction. */
  date: string;
  /** What was corrected, in each language of the story. */
  text: Record<Lang, string>;
}

/**
 * Corrections to the story, oldest first. Add one for every correction of substance (and update
 * SITE.modified); they go into the story's structured data as its `correction` property.
 */
export const corrections: readonly Correction[] = [];
