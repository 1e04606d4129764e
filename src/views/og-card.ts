/**
 * The preview images, drawn at build time in the language of the path: /og/story.png for the
 * story and /og/<section-id>.png for each section, and the same under /es/og/ (src/share/cards.ts
 * says what each shows; src/share/card.ts draws them).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { renderCard } from "../share/card.ts";
import { CARD_KEYS, isCardKey } from "../share/cards.ts";
import { inEveryLang } from "./paths.ts";

export const getStaticPaths = (() => inEveryLang(CARD_KEYS.map((card) => ({ card })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, locals }) => {
  const key = params.card!;
  if (!isCardKey(key)) throw new Error(`no share card "${key}"`);
  return new Response(renderCard(key, locals.lang), { headers: { "Content-Type": "image/png" } });
};
