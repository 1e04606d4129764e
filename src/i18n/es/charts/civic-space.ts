/** Spanish words of the chart "civic-space": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/civic-space.ts";

export default {
  "civic-space.title": "Presión sobre la prensa y las organizaciones de derechos humanos",
  "civic-space.subtitle": "Hechos que cambiaron lo que pueden hacer los periodistas y las organizaciones de derechos humanos de El Salvador, por fecha",
  "civic-space.note":
    "Las etiquetas son los títulos breves de los hechos. Citizen Lab vincula el programa espía con el Estado solo por indicios circunstanciales, y el Gobierno lo niega; de las órdenes de captura contra personal de El Faro se informó que se estaban preparando, y ninguna se ha hecho pública. Marcadores huecos: solo se conoce el mes.",
  "civic-space.key.hollow": "Solo el mes",
  "civic-space.describe.events": "La línea de tiempo marca {count} hechos, desde “{firstTitle}” ({first}) hasta “{lastTitle}” ({last}).",
  "civic-space.describe.last-year": "{count} de ellos ocurrieron en {year}.",
  "civic-space.describe.caveats":
    "El espionaje se vincula con el Estado solo por indicios circunstanciales, que el Gobierno niega, y de las órdenes de captura contra el personal de El Faro se informó que se estaban preparando, no que se hubieran emitido.",
  "civic-space.table.caption": "Hechos de la línea de tiempo en orden de fecha, con la precisión con que los fechan las fuentes.",
  "civic-space.table.date": "Fecha",
  "civic-space.table.event": "Hecho",
} satisfies Record<keyof typeof en, string>;
