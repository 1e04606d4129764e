/** Spanish words of the chart "cecot": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/cecot.ts";

export default {
  "cecot.title": "La capacidad declarada del CECOT y la población reportada en su interior",
  "cecot.subtitle": "Personas recluidas en el Centro de Confinamiento del Terrorismo, según los reportes, y su capacidad declarada",
  "cecot.note":
    "La capacidad es una cifra del propio Gobierno y nunca ha sido verificada. Las cifras de población provienen de funcionarios y de reportes de prensa; “≥” indica que la fuente dijo “al menos”. Una cifra de prensa contradice a todas las demás y se muestra aparte.",
  "cecot.type.government": "Gobierno",
  "cecot.type.government-narrow": "Gob.",
  "cecot.type.press": "prensa",
  "cecot.label.figure": "{value} {type}",
  "cecot.label.conflicting": "{value}: {publisher}, sin fuente; contradice a todas las demás",
  "cecot.label.conflicting-narrow": "{value} {publisher}: discrepa",
  "cecot.opens": "Abre el CECOT",
  "cecot.capacity": "Capacidad según el Gobierno: {value} (nunca verificada de forma independiente)",
  "cecot.capacity-narrow": "Capacidad según el Gobierno: {value}\n(sin verificación independiente)",
  "cecot.hollow": "Población reportada; punto hueco: {list}",
  "cecot.describe.capacity": "El Gobierno afirma que el CECOT tiene espacio para {value} reos, una cifra que nunca ha sido verificada de forma independiente.",
  "cecot.describe.population": "La población reportada pasó de {first} {firstWhen} a {last} {lastWhen}; la cifra más alta fue {peak} ({type}, {peakDate}).",
  "cecot.describe.conflicting": "La cifra de {value} de {publisher} ({date}) no cita fuente y contradice los demás reportes.",
  "cecot.table.caption": "Capacidad declarada y población reportada del CECOT.",
  "cecot.table.date": "Fecha",
  "cecot.table.figure": "Cifra",
  "cecot.table.reported-by": "Reportada por",
  "cecot.table.value": "Personas o plazas",
  "cecot.table.wording": "Formulación",
  "cecot.table.remark": "Observación",
  "cecot.table.capacity": "Capacidad (plazas)",
  "cecot.table.population": "Población (personas)",
  "cecot.table.reporter": "{type} ({publisher})",
  "cecot.table.remark-capacity": "cifra del Gobierno, nunca verificada",
  "cecot.table.remark-conflicting": "contradice los demás reportes",
} satisfies Record<keyof typeof en, string>;
