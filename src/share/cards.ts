/**
 * What each preview image (share card) shows: one card for the whole story and one for every
 * section of src/story/sections.ts, in each language, published at /og/<key>.png and
 * /es/og/<key>.png. The chart a card draws is claimed by the chart's own definition (`cards`);
 * a card no chart claims is a title card. This module only describes the cards, so pages can
 * link them; src/share/card.ts (Node-only) draws them at build time.
 */
import type { CardKey } from "../charts/chart.ts";
import { charts, type ChartId } from "../charts/registry.ts";
import { localeOf, localePath, type Lang } from "../i18n/locales.ts";
import { translator } from "../i18n/translate.ts";
import { cardChart } from "../story/placement.ts";
import { SECTIONS, section } from "../story/sections.ts";

/** Open Graph's recommended size; large enough for Twitter's summary_large_image. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export const CARD_KEYS: readonly CardKey[] = ["story", ...SECTIONS.map((s) => s.id)];

export interface Card {
  key: CardKey;
  lang: Lang;
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

export function card(key: CardKey, lang: Lang): Card {
  const t = translator(lang);
  const chart = cardChart(key);
  if (key === "story") return { key, lang, kicker: t("ui.card.kicker"), headline: t("ui.site-title"), text: t("ui.site-description"), chart };
  const { title, description } = section(key, lang);
  return { key, lang, kicker: t("ui.site-title"), headline: title, text: description, chart };
}

export function cardImage(key: CardKey, lang: Lang): CardImage {
  const t = translator(lang);
  const { headline, chart } = card(key, lang);
  const named = key === "story" ? headline : t("ui.card.named", { headline, site: t("ui.site-title") });
  const alt = chart ? t("ui.card.alt-chart", { named, chart: charts[chart].heading(localeOf(lang)).title }) : named;
  return { path: localePath(lang, `/og/${key}.png`), ...CARD_SIZE, alt };
}
