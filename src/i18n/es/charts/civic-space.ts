/** Spanish words of the chart "civic-space": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/civic-space.ts";

export default {
  "civic-space.title": "Presión sobre la prensa y las organizaciones de derechos humanos",
  "civic-space.subtitle": "Hechos que han afectado a los periodistas y a las organizaciones de derechos humanos de El Salvador, por fecha",
  "civic-space.note":
    "Las etiquetas son los títulos breves de los hechos. Citizen Lab cita indicios circunstanciales sólidos, no pruebas, de un vínculo entre el programa espía y el Estado, que el Gobierno niega; de las órdenes de captura contra personal de El Faro se informó que se estaban preparando, y hasta diciembre de 2026 ninguna se había hecho pública. Marcadores huecos: solo se conoce el mes.",
  "civic-space.key.hollow": "Solo el mes",
  "civic-space.describe.events": "La línea de tiempo marca {count} hechos, desde “{firstTitle}” ({first}) hasta “{lastTitle}” ({last}).",
  "civic-space.describe.last-year": "{count} de ellos ocurrieron en {year}.",
  "civic-space.describe.caveats":
    "Citizen Lab cita indicios circunstanciales sólidos, no pruebas, de que el espionaje se vincula con el Estado, lo que el Gobierno niega, y de las órdenes de captura contra el personal de El Faro se informó que se estaban preparando, no que se hubieran emitido.",
  "civic-space.table.caption": "Hechos de la línea de tiempo en orden de fecha, con la precisión con que los fechan las fuentes.",
  "civic-space.table.date": "Fecha",
  "civic-space.table.event": "Hecho",
} satisfies Record<keyof typeof en, string>;
