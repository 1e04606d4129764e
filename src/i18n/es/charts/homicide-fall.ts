/** Spanish words of the chart "homicide-fall": title, subtitle, note, description and data table: the same keys as the English file. */
import type en from "../../en/charts/homicide-fall.ts";

export default {
  "homicide-fall.title": "La caída, según las cifras del Gobierno",
  "homicide-fall.subtitle": "Homicidios por cada 100,000 habitantes en El Salvador, cifras oficiales",
  "homicide-fall.note":
    "Son cifras del Gobierno. Desde julio de 2019 dejan fuera a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad y, desde mayo de 2021, los cuerpos hallados en fosas clandestinas; las muertes bajo custodia del Estado no se cuentan como homicidios. No se dibuja tasa para 2017: la publicada resultó errónea.",
  "homicide-fall.describe":
    "Según las cifras del Gobierno, la tasa de homicidios de El Salvador bajó de {first} por cada 100,000 habitantes en {firstYear} a {last} en {lastYear}.",
  "homicide-fall.table.caption": "Homicidios por cada 100,000 habitantes en El Salvador por año, cifras del Gobierno; un guion indica que no hay tasa.",
  "homicide-fall.table.year": "Año",
  "homicide-fall.table.rate": "Gobierno (por cada 100,000)",
} satisfies Record<keyof typeof en, string>;
