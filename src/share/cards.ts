/**
 * What each preview image (share card) shows: one card for the whole story and one for every
 * section of src/story/sections.ts, published at /og/<key>.png. This module only describes the
 * cards, so pages can link them; src/share/card.ts (Node-only) draws them at build time.
 */
import { charts, type ChartId } from "../charts/registry.ts";
import { SITE } from "../site.ts";
import { SECTIONS, section, type SectionId } from "../story/sections.ts";

/** Open Graph's recommended size; large enough for Twitter's summary_large_image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export type CardKey = "story" | SectionId;

export const CARD_KEYS: readonly CardKey[] = ["story", ...SECTIONS.map((s) => s.id)];

/**
 * The key chart of each card, drawn in its summary state; null makes a title card. Typed as a
 * record over every key, so a new section cannot go without a choice.
 */
export const CARD_CHARTS: Readonly<Record<CardKey, ChartId | null>> = {
  story: "slv-homicide-long",
  opening: "homicide-rates",
  "the-fall": "slv-homicide-long",
  "the-missing": "count-gaps",
  "the-pact": "pact-timeline",
  "the-price": "prison-population",
  "deaths-in-custody": "deaths-in-custody",
  "rule-of-law": "rule-of-law",
  "the-spread": "gang-map",
  "the-copycats": "copycats",
  "mano-duras-record": "mano-dura-record",
  "sources-and-method": null,
};

export interface Card {
  key: CardKey;
  /** The small line above the headline. */
  kicker: string;
  headline: string;
  /** Shown instead of a chart on a title card. */
  text: string;
  chart: ChartId | null;
}

export interface CardImage {
  /** The image's path on the site. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export function isCardKey(key: string): key is CardKey {
  return (CARD_KEYS as readonly string[]).includes(key);
}

export function card(key: CardKey): Card {
  const chart = CARD_CHARTS[key];
  if (key === "story") return { key, kicker: "A data story", headline: SITE.title, text: SITE.description, chart };
  const { title, description } = section(key);
  return { key, kicker: SITE.title, headline: title, text: description, chart };
}

export function cardImage(key: CardKey): CardImage {
  const { headline, chart } = card(key);
  const named = key === "story" ? headline : `“${headline}”, from ${SITE.title}`;
  const alt = chart ? `${named}. Chart: ${charts[chart].title}` : named;
  return { path: `/og/${key}.png`, ...CARD_SIZE, alt };
}
