/** Spanish words of the story's section "the-fall": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-fall.ts";

export default {
  "story.the-fall.title": "La caída",
  "story.the-fall.description":
    "Según la UNODC, El Salvador pasó de la tasa de homicidios más alta del gráfico en 2015 a la más baja en 2022. El descenso empezó antes de que Bukele asumiera en 2019.",
  "story.the-fall.two-series":
    "Dos series de cifras cuentan la historia de los homicidios en El Salvador. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) reúne los datos de cada país en una sola serie comparable, que para El Salvador termina en 2022. El Gobierno publica su propio conteo cada enero. El gráfico sigue ambas.",
  "story.the-fall.fall-postwar":
    "La guerra civil terminó en 1992, pero las muertes violentas no cesaron. Según la UNODC, la tasa de homicidios de El Salvador era de {n:slv-1995-rate} por cada 100,000 habitantes en 1995.",
  "story.the-fall.fall-mano-dura":
    "En julio de 2003 el presidente Francisco Flores lanzó el plan Mano Dura, una campaña de capturas masivas de supuestos pandilleros. Su sucesor, Antonio Saca, continuó con el Súper Mano Dura en 2004. La tasa pasó de {n:slv-2003-rate} en 2003 a {n:slv-2006-rate} en 2006, y llegó a {n:slv-2009-rate} en 2009.",
  "story.the-fall.fall-truce":
    "En marzo de 2012 el Gobierno sacó a cabecillas pandilleros presos del penal de máxima seguridad de Zacatecoluca. En menos de una semana, El Faro informó de que los traslados eran la parte del Estado en una tregua entre la MS-13 y el Barrio 18, en la que las pandillas prometían reducir los asesinatos. La tasa bajó de {n:slv-2011-rate} en 2011 a {n:slv-2012-rate} en 2012. La tregua se vino abajo; las fuentes no coinciden en cuándo, pero en 2014 la tasa había vuelto a {n:slv-2014-rate}.",
  "story.the-fall.fall-peak":
    "El 2015 fue el año más violento desde finales de los noventa. Las cifras varían según la fuente: la UNODC sitúa la tasa en {n:slv-2015-rate-unodc}; la serie actual del Gobierno, en {n:slv-2015-rate-gov}, y el conteo de InSight Crime a partir de datos policiales, en {n:slv-2015-rate-insight}. En la serie de la UNODC, la única de las tres que llega tan atrás, la tasa fue más alta que en cualquier año desde 1997.",
  "story.the-fall.fall-bukele":
    "El descenso comenzó antes de que Nayib Bukele asumiera la presidencia en junio de 2019. Ese año el Gobierno contabilizó {n:slv-2019-count} homicidios, una tasa de {n:slv-2019-rate}. Desde 2019, la línea discontinua del gráfico es el conteo propio del Gobierno, que, como muestra la siguiente sección, ha dejado fuera varios tipos de muertes.",
  "story.the-fall.fall-exception":
    "El 26 de marzo de 2022 las pandillas mataron en un solo día a más personas que en cualquier otra jornada de al menos las dos décadas anteriores. Al día siguiente, la Asamblea Legislativa aprobó un régimen de excepción. El conteo oficial bajó a {n:slv-2022-count} ese año, {n:slv-2023-count} en 2023, {n:slv-2024-count} en 2024 y {n:slv-2025-count} en 2025: una tasa de {n:slv-2025-rate} por cada 100,000 habitantes. Son cifras del Gobierno. Hasta 2024 dejaban fuera a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos hallados en fosas clandestinas y las muertes bajo custodia; el Gobierno no ha dicho si eso siguió siendo así en 2025.",
  "story.the-fall.neighbours":
    "El gráfico de abajo sitúa a El Salvador junto a otros cinco países de la región. En la serie de la UNODC tuvo la tasa de homicidios más alta de los seis cada año de 2015 a 2018 (la UNODC no tiene cifra de Guatemala para 2015 ni 2016), y la más baja en 2022, con {n:slv-2022-rate-unodc}. Entre 2015 y 2023 la tasa bajó en Honduras, de {n:hnd-2015-rate-unodc} a {n:hnd-2023-rate-unodc}, y en Colombia, de {n:col-2015-rate-unodc} a {n:col-2023-rate-unodc}; la de Guatemala bajó de {n:gtm-2014-rate-unodc} en 2014 a {n:gtm-2023-rate-unodc}. La de México subió, de {n:mex-2015-rate-unodc} en 2015 a {n:mex-2018-rate-unodc} en 2018, y fue de {n:mex-2023-rate-unodc} en 2023. La de Ecuador pasó de {n:ecu-2015-rate-unodc} a {n:ecu-2023-rate-unodc}, la más alta en 2023 de los cinco países para los que la UNODC tiene cifra ese año (su serie de El Salvador termina en 2022).",
} satisfies Record<keyof typeof en, string>;
