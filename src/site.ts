/**
 * Facts about the publication itself, used by layouts, meta tags and structured data. Its title,
 * description and credit line are words, in the locale files (ui.site-title, ui.site-description,
 * ui.credit).
 */
import type { WordKey } from "./i18n/translate.ts";

export const SITE = {
  licence: "CC BY 4.0",
  /** Named as the story's author and publisher in its structured data (an Organization): a name, not translated. */
  organization: "El Salvador: behind the numbers",
  /** When the story was first published, and when it last changed in substance (ISO 8601 dates). */
  published: "2026-11-25",
  modified: "2026-12-03",
} as const;

/** A published correction: what was wrong and what changed, dated. */
export interface Correction {
  /** ISO 8601 date of the correction. */
  date: string;
  /** What was corrected: words in every language of the story (src/i18n/<lang>/corrections.ts). */
  text: WordKey;
}

/**
 * Corrections to the story, oldest first. Add one for every correction of substance (and update
 * SITE.modified); the story shows them in its "Corrections and updates" note (#corrections) and
 * they go into its structured data as its `correction` property.
 */
export const corrections: readonly Correction[] = [
  { date: "2026-12-03", text: "corrections.2026-12-03-the-fall-neighbours" },
  { date: "2026-12-03", text: "corrections.2026-12-03-copycats-series" },
  { date: "2026-12-03", text: "corrections.2026-12-03-price-rate" },
  { date: "2026-12-03", text: "corrections.2026-12-03-graves-exclusion" },
  { date: "2026-12-03", text: "corrections.2026-12-03-pact-attribution" },
  { date: "2026-12-03", text: "corrections.2026-12-03-deaths-cristosal" },
  { date: "2026-12-03", text: "corrections.2026-12-03-teach-evidence" },
];
