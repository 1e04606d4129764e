/**
 * Chart "copycats", in words: what its summary shows, with its key figures, for screen readers.
 */
import { countryName } from "../../i18n/names.ts";
import type { Vars } from "../../i18n/translate.ts";
import { formatLongDate } from "../../charts/shared/date-words.ts";
import { formatNumber } from "../../charts/shared/options.ts";
import type { CopycatPanel, CopycatPoint } from "./data.ts";
import { publisher } from "./key.ts";
import type { ChartWords } from "../chart.ts";

/** What the summary state shows, in words, with its key figures. */
export function describeCopycats(panels: readonly CopycatPanel[], { locale, t }: ChartWords): string {
  const f = (n: number) => formatNumber(n, locale);
  const laterClause = (later: CopycatPoint | undefined) => {
    if (!later) return "";
    const vars = { rate: f(later.rate), year: String(later.year) };
    return later.series === "official"
      ? t("copycats.describe.later-government", vars)
      : t("copycats.describe.later-other", { ...vars, publisher: publisher(later.series, t) });
  };
  // A copycat's sentence, written by `write` from its figures and the month of its panel's event.
  const sentence = (iso3: string, write: (vars: Vars, month: string | undefined) => string) => {
    const panel = panels.find((p) => p.iso3 === iso3);
    const first = panel?.unodc[0];
    const last = panel?.unodc[panel.unodc.length - 1];
    if (!panel || !first || !last) return "";
    const vars = {
      first: f(first.rate),
      firstYear: String(first.year),
      last: f(last.rate),
      lastYear: String(last.year),
      later: laterClause(panel.later[panel.later.length - 1]),
    };
    return write(vars, panel.event ? formatLongDate(panel.event.date, locale, "month") : undefined);
  };
  const others = panels
    .filter((p) => !["HND", "ECU"].includes(p.iso3))
    .map((p) => {
      const last = p.later[p.later.length - 1] ?? p.unodc[p.unodc.length - 1];
      return last ? t("copycats.describe.other", { country: countryName(p, locale), rate: f(last.rate), year: String(last.year) }) : "";
    })
    .filter((s) => s !== "");
  return [
    sentence("HND", (vars, month) => t("copycats.describe.honduras", { ...vars, event: month ? t("copycats.describe.honduras-event", { month }) : "" })),
    sentence("ECU", (vars, month) => t("copycats.describe.ecuador", { ...vars, event: month ? t("copycats.describe.ecuador-event", { month }) : "" })),
    others.length > 0 ? t("copycats.describe.others", { list: others.join(", ") }) : "",
  ]
    .filter((s) => s !== "")
    .join(" ");
}
