/** Spanish words of the chart "mano-dura-record": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/mano-dura-record.ts";

export default {
  "mano-dura-record.title": "Las cárceles se llenaron tras las ofensivas de los años 2000, mientras los homicidios seguían altos",
  "mano-dura-record.subtitle": "El Salvador: homicidios por cada 100,000 habitantes (UNODC) y personas presas (World Prison Brief), 2000-2016",
  "mano-dura-record.note":
    "El World Prison Brief da una cifra cada dos años. Las de este gráfico provienen de una copia de 2020 de su tabla de tendencias. La franja sombreada es la tregua entre pandillas de 2012, cuya fecha de fin está en disputa.",
  "mano-dura-record.label.truce": "Tregua",
  "mano-dura-record.panel.rate": "Homicidios por cada 100,000 habitantes (UNODC)",
  "mano-dura-record.panel.rate-narrow": "Homicidios por 100,000 (UNODC)",
  "mano-dura-record.panel.prisoners": "Personas presas, en miles (World Prison Brief)",
  "mano-dura-record.panel.prisoners-narrow": "Reos, en miles (World Prison Brief)",
  "mano-dura-record.describe.rates":
    "Según la UNODC, la tasa de homicidios de El Salvador era de {atLaunch} por cada 100,000 habitantes en {launchYear}, cuando se lanzó Mano Dura, y de {beforeTruce} en {beforeTruceYear}, después de Súper Mano Dura.",
  "mano-dura-record.describe.prisoners":
    "El World Prison Brief contó {before} personas presas en {beforeYear}, su último conteo antes de Mano Dura, y {last} en {lastYear}.",
  "mano-dura-record.describe.extremes":
    "Después de {launchYear}, la tasa tocó su punto más bajo en {minYear}, durante la tregua entre pandillas, con {min}, y el más alto en {maxYear}, con {max}.",
  "mano-dura-record.table.caption":
    "Tasa de homicidios y población carcelaria de El Salvador por año, y los acontecimientos marcados; un guion indica que no hay cifra.",
  "mano-dura-record.table.year": "Año",
  "mano-dura-record.table.rate": "Homicidios por 100,000 (UNODC)",
  "mano-dura-record.table.prisoners": "Personas presas (World Prison Brief)",
  "mano-dura-record.table.events": "Acontecimientos",
  "mano-dura-record.table.event": "{title} ({date})",
} satisfies Record<keyof typeof en, string>;
