/** Spanish words of the story's section "the-fall": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-fall.ts";

export default {
  "story.the-fall.title": "La caída",
  "story.the-fall.description":
    "Según las cifras del Gobierno, El Salvador pasó de tener la tasa de homicidios más alta entre sus vecinos a la más baja. El descenso empezó antes de que Bukele asumiera en 2019.",
  "story.the-fall.two-series":
    "Dos series de cifras cuentan la historia de los homicidios en El Salvador. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) reúne los datos de cada país en una sola serie comparable, que para El Salvador termina en 2022. El Gobierno publica su propio conteo cada enero. El gráfico sigue ambas.",
  "story.the-fall.fall-postwar":
    "La guerra civil terminó en 1992, pero las muertes violentas no cesaron. Según la UNODC, la tasa de homicidios de El Salvador era de {n:slv-1995-rate} por cada 100,000 habitantes en 1995, una de las más altas registradas en el mundo.",
  "story.the-fall.fall-mano-dura":
    "En julio de 2003 el presidente Francisco Flores lanzó el plan Mano Dura, una campaña de capturas masivas de supuestos pandilleros. Su sucesor, Antonio Saca, continuó con el Súper Mano Dura en agosto de 2004. La tasa pasó de {n:slv-2003-rate} en 2003 a {n:slv-2006-rate} en 2006, y llegó a {n:slv-2009-rate} en 2009.",
  "story.the-fall.fall-truce":
    "En marzo de 2012 el Gobierno sacó a cabecillas pandilleros presos del penal de máxima seguridad de Zacatecoluca; así comenzó una tregua entre la MS-13 y el Barrio 18 que El Faro reveló en cuestión de días. La tasa bajó de {n:slv-2011-rate} en 2011 a {n:slv-2012-rate} en 2012. La tregua se vino abajo; las fuentes no coinciden en cuándo, pero en 2014 la tasa había vuelto a {n:slv-2014-rate}.",
  "story.the-fall.fall-peak":
    "El 2015 fue el año más violento del siglo. Las cifras varían según la fuente: la UNODC sitúa la tasa en {n:slv-2015-rate-unodc}; la serie actual del Gobierno, en {n:slv-2015-rate-gov}, y el conteo de InSight Crime a partir de datos policiales, en {n:slv-2015-rate-insight}. Todas las versiones sitúan 2015 por encima de cualquier otro año desde 1997.",
  "story.the-fall.fall-bukele":
    "El descenso comenzó antes de que Nayib Bukele asumiera la presidencia en junio de 2019. Ese año el Gobierno contabilizó {n:slv-2019-count} homicidios, una tasa de {n:slv-2019-rate}. Desde 2019, la línea discontinua del gráfico es el conteo propio del Gobierno, que, como muestra la siguiente sección, ha dejado fuera varios tipos de muertes.",
  "story.the-fall.fall-exception":
    "El 26 de marzo de 2022 las pandillas mataron en un solo día a más personas que en cualquier otra jornada de al menos las dos décadas anteriores. Al día siguiente, la Asamblea Legislativa aprobó un régimen de excepción. El conteo oficial bajó a {n:slv-2022-count} ese año, {n:slv-2023-count} en 2023, {n:slv-2024-count} en 2024 y {n:slv-2025-count} en 2025: una tasa de {n:slv-2025-rate} por cada 100,000 habitantes.",
  "story.the-fall.neighbours":
    "Frente a sus vecinos, el cambio es igual de marcado. Según las cifras del Gobierno, El Salvador pasó de tener la tasa más alta entre ellos a la más baja, mientras Honduras, Guatemala, México y Colombia bajaban más despacio y la tasa de Ecuador se disparaba.",
} satisfies Record<keyof typeof en, string>;
