/** Spanish words of the chart "rule-of-law": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/rule-of-law.ts";

export default {
  "rule-of-law.title": "Elecciones, tribunales y la Asamblea bajo Bukele",
  "rule-of-law.subtitle": "Hechos que cambiaron quién ejerce el poder en El Salvador, por fecha",
  "rule-of-law.note": "Las etiquetas son los títulos breves de los hechos; la tabla da cada fecha con la precisión con que la dan las fuentes.",
  "rule-of-law.category.elections": "Elecciones",
  "rule-of-law.category.courts": "Tribunales",
  "rule-of-law.category.democracy": "Asamblea",
  "rule-of-law.describe.events":
    "La franja marca {count} hechos entre {first} y {last}: {elections} sobre elecciones y periodos de mandato, {courts} sobre los tribunales y el fiscal general, y {assembly} sobre la Asamblea Legislativa.",
  "rule-of-law.describe.reelection":
    "Después de que la Asamblea sustituyó a la Sala de lo Constitucional, la nueva Sala abrió paso a la reelección inmediata ({ruling}), y Bukele fue reelegido el {reelected}.",
  "rule-of-law.describe.latest": "El hecho más reciente es “{title}” ({date}).",
  "rule-of-law.table.caption": "Hechos de la franja en orden cronológico.",
  "rule-of-law.table.date": "Fecha",
  "rule-of-law.table.event": "Hecho",
  "rule-of-law.table.kind": "Tipo",
} satisfies Record<keyof typeof en, string>;
