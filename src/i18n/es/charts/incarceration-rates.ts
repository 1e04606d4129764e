/** Spanish words of the chart "incarceration-rates": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/incarceration-rates.ts";

export default {
  "incarceration-rates.title": "Según el World Prison Brief, ningún país encarcela a una proporción mayor de su población que El Salvador",
  "incarceration-rates.subtitle": "Personas presas por cada 100,000 habitantes",
  "incarceration-rates.note":
    "La clasificación es la de la World Prison Population List (2024), cuya cifra para El Salvador se basa en un conteo de mayo de 2022, anterior a la mayoría de las capturas; la cifra posterior del World Prison Brief es aún más alta. Las barras con datos de otras fuentes o años lo indican.",
  "incarceration-rates.series.wpb": "WPB",
  "incarceration-rates.series.un-cts": "UN-CTS",
  "incarceration-rates.label.later": "cifra posterior del WPB",
  "incarceration-rates.label.list": "lista de {year}",
  "incarceration-rates.label.world": "Mundo: {rate}",
  "incarceration-rates.describe.ranking":
    "En la World Prison Population List de {year}, El Salvador tenía la tasa de encarcelamiento más alta del mundo, {rate} personas presas por cada 100,000 habitantes, por delante de {others}. Esa tasa se basa en un conteo hecho antes de la mayoría de las capturas.",
  "incarceration-rates.describe.other": "{country} ({rate})",
  "incarceration-rates.describe.later": "La cifra posterior del World Prison Brief para El Salvador es de {rate}.",
  "incarceration-rates.describe.region": "En el resto de la región, la tasa más alta que se muestra es la de {country}: {rate}.",
  "incarceration-rates.describe.world": "La tasa mundial es de {rate}.",
  "incarceration-rates.table.caption": "Personas presas por cada 100,000 habitantes, por país, con el año y la fuente de cada cifra.",
  "incarceration-rates.table.country": "País",
  "incarceration-rates.table.rate": "Tasa (personas presas por cada 100,000 habitantes)",
  "incarceration-rates.table.year": "Año",
  "incarceration-rates.table.series": "Serie",
  "incarceration-rates.table.source": "Fuente",
  "incarceration-rates.table.later": "{country} (cifra posterior del WPB)",
  "incarceration-rates.table.ranking": "World Prison Population List, 14.ª edición",
} satisfies Record<keyof typeof en, string>;
