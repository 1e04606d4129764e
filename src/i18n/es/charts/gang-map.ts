/** Spanish words of the chart "gang-map": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/gang-map.ts";

export default {
  "gang-map.title": "Dónde se reporta la presencia de la MS-13 y el Barrio 18 en América",
  "gang-map.subtitle": "Presencia de cada pandilla por país y la tasa de homicidios más reciente por cada 100,000 habitantes",
  "gang-map.note":
    "Los niveles de presencia resumen informes policiales, judiciales y de prensa de calidad desigual; “reportada” se basa en capturas o afirmaciones aisladas. Las células reportadas en España e Italia quedan fuera del mapa. Las tasas de homicidios son la cifra preferida más reciente de cada país, en su mayoría cifras oficiales de 2024; la de El Salvador es la del Gobierno para 2025; hasta 2024 su conteo excluía a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos hallados en fosas clandestinas y las muertes bajo custodia, y el Gobierno no ha dicho si lo sigue haciendo.",
  "gang-map.gang.ms13": "MS-13",
  "gang-map.gang.barrio18": "Barrio 18",
  "gang-map.level.origin": "Lugar de origen",
  "gang-map.level.strong": "Fuerte",
  "gang-map.level.established": "Establecida",
  "gang-map.level.cells": "Células",
  "gang-map.level.reported": "Reportada",
  "gang-map.label.disputed": "{country} (cuestionado)",
  "gang-map.label.only": "solo {gang}",
  "gang-map.label.short-dom": "Rep. Dominicana",
  "gang-map.legend.rate": "Tasa de homicidios",
  "gang-map.legend.rate-unit": "por 100,000, {year}",
  "gang-map.legend.no-figure": "Sin cifra",
  "gang-map.legend.both": "MS-13 o Barrio 18",
  "gang-map.legend.ms13": "Presencia: MS-13",
  "gang-map.legend.barrio18": "Presencia: Barrio 18",
  "gang-map.legend.disputed": "Dato cuestionado",
  "gang-map.describe.founded-both": "Ambas pandillas se fundaron en {place}.",
  "gang-map.describe.founded": "La MS-13 se fundó en {ms13} y el Barrio 18, en {barrio18}.",
  "gang-map.describe.levels":
    "Si cada país se sombrea según la más fuerte de las dos, su presencia es fuerte en {strong}, está establecida en {established} y se limita a células o reportes aislados en otros {count} países de América.",
  "gang-map.describe.disputed-ms13": "La presencia reportada de la MS-13 en {list} está cuestionada.",
  "gang-map.describe.disputed-barrio18": "La presencia reportada del Barrio 18 en {list} está cuestionada.",
  "gang-map.describe.off-map": "Fuera del mapa, también se reporta presencia en {list}.",
  "gang-map.describe.with-article": "{country}",
  "gang-map.describe.list": "{rest} y {last}",
  "gang-map.describe.list-before-i": "{rest} e {last}",
  "gang-map.table.caption":
    "Presencia de las pandillas y tasa de homicidios preferida más reciente, por país; un guion indica que no se reporta presencia o que no hay cifra.",
  "gang-map.table.country": "País",
  "gang-map.table.rate": "Homicidios por 100,000",
  "gang-map.table.year": "Año de la tasa",
  "gang-map.table.disputed": "{level} (cuestionada)",
  "gang-map.table.factions": "{level} ({count} facciones)",
} satisfies Record<keyof typeof en, string>;
