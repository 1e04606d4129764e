/** Spanish words of the chart "copycats": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/copycats.ts";

export default {
  "copycats.title": "Tasas de homicidios donde comenzaron ofensivas parecidas y en países vecinos",
  "copycats.subtitle": "Homicidios intencionales por cada 100,000 habitantes, con la misma escala en todos los paneles",
  "copycats.note":
    "Las líneas son la serie de la UNODC; los puntos huecos son las cifras que usa este reportaje para los años posteriores al último dato de la UNODC: cifras del Gobierno, salvo el valor de Guatemala para 2024, de InSight Crime, que coincide con los datos nacionales. Honduras tiene tres versiones de 2024: 26.8 (Gobierno), 25.4 (ASJ) y 25.3 (InSight Crime); el gráfico muestra la del Gobierno. La UNODC no da cifras para Guatemala en 2015-2016.",
  "copycats.short.state-of-exception": "Estado de excepción",
  "copycats.short.internal-armed-conflict": "Conflicto armado interno",
  "copycats.short.armed-conflict": "Conflicto armado",
  "copycats.key.unodc": "UNODC",
  "copycats.key.government": "Gobierno",
  "copycats.key.government-figures": "Cifras del Gobierno",
  "copycats.key.figures": "Cifras de {publisher}",
  "copycats.publisher.government": "Gobierno",
  "copycats.publisher.insight": "InSight Crime",
  "copycats.describe.honduras":
    "Según la UNODC, la tasa de homicidios de Honduras pasó de {first} por cada 100,000 habitantes en {firstYear} a {last} en {lastYear}{later}{event}.",
  "copycats.describe.honduras-event": "; el país declaró un estado de excepción en {month}",
  "copycats.describe.ecuador":
    "Según la UNODC, la tasa de homicidios de Ecuador pasó de {first} por cada 100,000 habitantes en {firstYear} a {last} en {lastYear}{later}{event}.",
  "copycats.describe.ecuador-event": "; el país declaró un conflicto armado interno en {month}",
  "copycats.describe.later-government": ", y fue de {rate} en {year} según las cifras del Gobierno",
  "copycats.describe.later-other": ", y fue de {rate} en {year} según las cifras de {publisher}",
  "copycats.describe.other": "{country}: {rate} ({year})",
  "copycats.describe.others": "Últimas cifras de los demás países, en la misma escala: {list}.",
  "copycats.table.caption": "Homicidios por cada 100,000 habitantes, por país y año; un guion indica que no hay cifra.",
  "copycats.table.country": "País",
  "copycats.table.year": "Año",
  "copycats.table.unodc": "UNODC (por 100,000)",
  "copycats.table.later": "Cifra posterior (por 100,000)",
  "copycats.table.later-by": "Fuente de la cifra posterior",
} satisfies Record<keyof typeof en, string>;
