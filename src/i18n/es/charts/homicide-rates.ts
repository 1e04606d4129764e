/** Spanish words of the chart "homicide-rates": the same keys as the English file. */
import type en from "../../en/charts/homicide-rates.ts";

export default {
  "homicide-rates.title": "La tasa de homicidios registrada en El Salvador cayó por debajo de la de sus vecinos",
  "homicide-rates.subtitle": "Homicidios intencionales por cada 100,000 habitantes",
  "homicide-rates.note":
    "Las cifras de la UNODC para El Salvador terminan en 2022. Desde 2019, las cifras del Gobierno excluyen a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos hallados en fosas clandestinas y las muertes bajo custodia; para 2025 el Gobierno no ha dicho si eso se mantiene.",
  "homicide-rates.label.government": "Gobierno",
  "homicide-rates.label.country-government": "{country}, Gobierno",
  "homicide-rates.label.country-unodc": "{country}, UNODC",
  "homicide-rates.describe.unodc":
    "Según la UNODC, la tasa de homicidios de El Salvador era de {first} por cada 100,000 habitantes en {firstYear}, llegó a su máximo de {peak} en {peakYear} y bajó a {last} en {lastYear}.",
  "homicide-rates.describe.official": "Las cifras propias del Gobierno van de {first} en {firstYear} a {last} en {lastYear}.",
  "homicide-rates.describe.peer": "{country}: {rate} ({year})",
  "homicide-rates.describe.peers": "Tasas más recientes de la UNODC para sus vecinos: {list}.",
  "homicide-rates.table.caption": "Homicidios por cada 100,000 habitantes, por año; un guion indica que no hay cifra.",
  "homicide-rates.table.year": "Año",
  "homicide-rates.table.column-unodc": "{country} (UNODC, por 100,000)",
  "homicide-rates.table.column-government": "{country} (Gobierno, por 100,000)",
} satisfies Record<keyof typeof en, string>;
