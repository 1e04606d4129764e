/**
 * Chart "gang-map", in words: the plain-language account of its summary that screen readers
 * read, and the list grammar it needs in each language.
 */
import { countryName } from "../../i18n/names.ts";
import type { Translate } from "../../i18n/translate.ts";
import { formatNumber } from "../../charts/shared/options.ts";
import { byName, type Gang, type GangMapData, type MapCountry, presenceFor } from "./data.ts";
import type { ChartWords } from "../chart.ts";

/** A plain-language account of the summary state. */
export function describeGangMap(data: GangMapData, { locale, t }: ChartWords): string {
  // Country names as they read inside a sentence: English says "the United States".
  const inSentence = (c: MapCountry) => {
    const name = countryName(c, locale);
    return /^(United|Dominican)\b/.test(c.name) ? t("gang-map.describe.with-article", { country: name }) : name;
  };
  const list = (countries: readonly MapCountry[]) => joinNames([...countries].sort(byName(locale)).map(inSentence), t);
  const where = (pick: (c: MapCountry) => boolean) => data.countries.filter(pick);
  const level = (c: MapCountry) => presenceFor(c, "both")?.level;
  const origin = (gang: Gang) => list(where((c) => c[gang]?.level === "origin"));
  const sentences = [
    origin("ms13") === origin("barrio18")
      ? t("gang-map.describe.founded-both", { place: origin("ms13") })
      : t("gang-map.describe.founded", { ms13: origin("ms13"), barrio18: origin("barrio18") }),
    t("gang-map.describe.levels", {
      strong: list(where((c) => level(c) === "strong")),
      established: list(where((c) => level(c) === "established")),
      count: formatNumber(where((c) => level(c) === "cells" || level(c) === "reported").length, locale),
    }),
  ];
  for (const gang of ["ms13", "barrio18"] as const) {
    const disputed = where((c) => c[gang]?.disputed === true);
    if (disputed.length > 0) {
      sentences.push(t(gang === "ms13" ? "gang-map.describe.disputed-ms13" : "gang-map.describe.disputed-barrio18", { list: list(disputed) }));
    }
  }
  if (data.offMap.length > 0) sentences.push(t("gang-map.describe.off-map", { list: list(data.offMap) }));
  return sentences.join(" ");
}

/** "A, B and C"; Spanish writes "e" for "y" before a word that starts with an i sound ("España e Italia"). */
function joinNames(names: readonly string[], t: Translate): string {
  if (names.length <= 1) return names.join("");
  const last = names[names.length - 1]!;
  const rest = names.slice(0, -1).join(", ");
  return /^h?[ií](?![aeiouáéíóú])/i.test(last) ? t("gang-map.describe.list-before-i", { rest, last }) : t("gang-map.describe.list", { rest, last });
}
