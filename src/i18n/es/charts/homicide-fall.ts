/** Spanish words of the chart "homicide-fall": title, subtitle, note, description and data table: the same keys as the English file. */
import type en from "../../en/charts/homicide-fall.ts";

export default {
  "homicide-fall.title": "La caída, según las cifras del Gobierno",
  "homicide-fall.subtitle": "Homicidios por cada 100,000 habitantes en El Salvador, cifras oficiales",
  "homicide-fall.note":
    "Son cifras del Gobierno. En julio de 2019 la Policía comunicó al presidente que estas cifras dejarían fuera a los supuestos pandilleros muertos en presuntos enfrentamientos con las fuerzas de seguridad y los cuerpos de fosas clandestinas (InSight Crime); Foreign Policy sitúa en mayo de 2021 la exclusión formal de las fosas. Las muertes bajo custodia no se cuentan como homicidios. No se traza una tasa para 2017: la publicada resultó errónea.",
  "homicide-fall.describe":
    "Según las cifras del Gobierno, la tasa de homicidios de El Salvador bajó de {first} por cada 100,000 habitantes en {firstYear} a {last} en {lastYear}.",
  "homicide-fall.table.caption": "Homicidios por cada 100,000 habitantes en El Salvador por año, cifras del Gobierno; un guion indica que no hay tasa.",
  "homicide-fall.table.year": "Año",
  "homicide-fall.table.rate": "Gobierno (por cada 100,000)",
} satisfies Record<keyof typeof en, string>;
