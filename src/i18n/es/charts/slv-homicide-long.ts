/** Spanish words of the chart "slv-homicide-long": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/slv-homicide-long.ts";

export default {
  "slv-homicide-long.title": "La tasa de homicidios de El Salvador, de la posguerra a hoy",
  "slv-homicide-long.subtitle": "Homicidios intencionales por cada 100,000 habitantes. Línea continua: UNODC; discontinua: cifras del Gobierno",
  "slv-homicide-long.note":
    "En julio de 2019 la Policía comunicó al presidente que el conteo oficial dejaría fuera a los supuestos pandilleros muertos en presuntos enfrentamientos con las fuerzas de seguridad y los cuerpos de fosas clandestinas (InSight Crime); Foreign Policy sitúa en mayo de 2021 la exclusión formal de las fosas. Las muertes bajo custodia no se cuentan como homicidios. No se traza una tasa del Gobierno para 2017: la publicada resultó errónea y solo se conoce el número de homicidios. La fecha en que se rompió la tregua está en disputa.",
  "slv-homicide-long.short.mano-dura": "Mano Dura",
  "slv-homicide-long.short.super-mano-dura": "Súper Mano Dura",
  "slv-homicide-long.short.truce-begins": "Inicia la tregua",
  "slv-homicide-long.short.truce": "Tregua",
  "slv-homicide-long.short.collapse-contested": "Ruptura (fecha en disputa)",
  "slv-homicide-long.short.truce-ends": "Fin de la tregua",
  "slv-homicide-long.short.bukele-in-office": "Bukele asume",
  "slv-homicide-long.short.bukele": "Bukele",
  "slv-homicide-long.short.killing-spree": "Ola de homicidios",
  "slv-homicide-long.short.killings": "Homicidios",
  "slv-homicide-long.short.state-of-exception": "Régimen de excepción",
  "slv-homicide-long.label.unodc": "UNODC",
  "slv-homicide-long.label.unodc-value": "UNODC: {rate}",
  "slv-homicide-long.label.government-value": "Gobierno: {rate}",
  "slv-homicide-long.label.rate-per-100k-in-year": "{rate} por 100,000 en {year}",
  "slv-homicide-long.label.rate-in-year": "{rate} en {year}",
  "slv-homicide-long.label.government-figures": "Cifras del Gobierno",
  "slv-homicide-long.label.government-figures-narrow": "Cifras del\nGobierno",
  "slv-homicide-long.describe.unodc":
    "Según la UNODC, la tasa de homicidios de El Salvador fue de {high} por cada 100,000 habitantes en {highYear} y de {last} en {lastYear}, el último año que reporta la UNODC.",
  "slv-homicide-long.describe.crackdowns-and-truce":
    "Pasó de {start} en {launchYear}, cuando comenzó Mano Dura, a {beforeTruce} en {beforeTruceYear}; bajó a {truceLow} en {truceLowYear}, durante la tregua entre pandillas, y volvió a subir hasta {peak} en {peakYear}.",
  "slv-homicide-long.describe.government":
    "Las cifras del Gobierno, en línea discontinua, dan {peak} para {peakYear} y {last} para {lastYear}, después de que Bukele asumiera la presidencia en {bukeleYear} y de que comenzara el régimen de excepción en {exceptionMonth}.",
  "slv-homicide-long.table.caption":
    "Homicidios por cada 100,000 habitantes en El Salvador, por año, y los acontecimientos marcados en el gráfico; un guion indica que no hay cifra.",
  "slv-homicide-long.table.year": "Año",
  "slv-homicide-long.table.unodc": "UNODC (por 100,000)",
  "slv-homicide-long.table.government": "Gobierno (por 100,000)",
  "slv-homicide-long.table.events": "Acontecimientos",
  "slv-homicide-long.table.event": "{title} ({date})",
} satisfies Record<keyof typeof en, string>;
