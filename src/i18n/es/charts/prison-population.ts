/** Spanish words of the chart "prison-population": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/prison-population.ts";

export default {
  "prison-population.title": "La población carcelaria de El Salvador se disparó bajo el régimen de excepción",
  "prison-population.subtitle": "Personas presas en El Salvador",
  "prison-population.note":
    "Conteos del World Prison Brief hasta 2018; después, cifras del Gobierno. La cifra de septiembre de 2023 es una aproximación del ministro de Justicia y Seguridad Pública. Los anillos grises son cálculos propios de periódicos, no conteos oficiales.",
  "prison-population.voice.ministry": "conteo del ministerio",
  "prison-population.voice.minister": "ministro de Justicia y Seguridad Pública",
  "prison-population.voice.census": "censo",
  "prison-population.voice.government": "cifra del Gobierno",
  "prison-population.voice.official": "cifra oficial",
  "prison-population.value.about": "cerca de {value}",
  "prison-population.value.more-than": "más de {value}",
  "prison-population.label.who-when": "{who}, {when}",
  "prison-population.label.press-when": "estimación de prensa, {when}",
  "prison-population.label.press": "estimaciones\nde prensa",
  "prison-population.tip": "{value} personas presas, {who}",
  "prison-population.describe.trend": "Según el World Prison Brief, El Salvador tenía {first} personas presas en {firstDate} y {last} en {lastDate}.",
  "prison-population.describe.official": "El régimen de excepción se decretó el {date}; las cifras del Gobierno de esas fechas y posteriores son {list}.",
  "prison-population.describe.press": "Las estimaciones propias de los periódicos, dibujadas como anillos grises, van de {low} a {high}.",
  "prison-population.kind.trend": "World Prison Brief",
  "prison-population.kind.official": "Gobierno",
  "prison-population.kind.press": "Estimación de prensa",
  "prison-population.table.caption": "Personas presas en El Salvador, por fecha y fuente.",
  "prison-population.table.date": "Fecha",
  "prison-population.table.prisoners": "Personas presas",
  "prison-population.table.kind": "Tipo de cifra",
  "prison-population.table.source": "Fuente",
  "prison-population.table.kind-official": "{kind}: {who}",
} satisfies Record<keyof typeof en, string>;
