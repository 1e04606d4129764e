/** Spanish words of the story's section "the-price": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-price.ts";

export default {
  "story.the-price.title": "El precio: encarcelamiento masivo",
  "story.the-price.description":
    "Con el régimen de excepción decretado en 2022 la población carcelaria se duplicó con creces y, según el World Prison Brief, ningún país encarcela a una proporción mayor de su población.",
  "story.the-price.due-process":
    "El régimen de excepción suspendió garantías básicas del debido proceso, y la Policía y la Fuerza Armada empezaron a capturar a personas por millares. Donde eso se ve con más claridad es en la población carcelaria.",
  "story.the-price.price-before":
    "El Salvador ya encarcelaba a muchos de sus habitantes. Según el World Prison Brief, su población carcelaria creció de {n:slv-prisoners-2002} en 2002 a {n:slv-prisoners-2018} en 2018, durante los años de Mano Dura y después.",
  "story.the-price.price-march-2022":
    "En marzo de 2022, al comenzar el régimen de excepción, el Ministerio de Justicia y Seguridad Pública contabilizaba {n:slv-prisoners-2022-03} privados de libertad.",
  "story.the-price.price-2023":
    "Para septiembre de 2023, el ministro de Justicia y Seguridad Pública situaba la cifra en cerca de {n:slv-prisoners-2023-09}: más del doble en año y medio. Según la prensa salvadoreña, las estadísticas penitenciarias fueron declaradas reservadas después.",
  "story.the-price.price-census":
    "El censo de 2024 registró {n:slv-prisoners-2024} personas privadas de libertad, cerca del {n:slv-prisoners-share-2024} por ciento de la población.",
  "story.the-price.ranking":
    "Según el World Prison Brief, ningún país encarcela a una proporción mayor de su población. Su tasa más reciente para El Salvador, {n:slv-rate-wpb-later} presos por cada 100,000 habitantes, se basa en un total de {n:slv-prisoners-wpb-2025} citado en mayo de 2025. La World Prison Population List impresa en 2024 atribuía a El Salvador {n:slv-rate-wppl}, una tasa basada en un conteo de mayo de 2022, anterior a la mayoría de las capturas; en esa edición, Cuba tenía {n:cub-rate-wppl}; Ruanda, {n:rwa-rate-wppl}; Turkmenistán, {n:tkm-rate-wppl}, y Estados Unidos, {n:usa-rate-wppl}.",
  "story.the-price.arrests":
    "El Gobierno reportó {n:arrests-2025-03} capturas bajo el régimen de excepción hasta finales de marzo de 2025 y {n:arrests-2025-10} a finales de octubre. Son registros de capturas, que incluyen a personas liberadas después: el Gobierno dijo que unas {n:releases-2025-07} habían quedado en libertad hasta julio de 2025. También hubo menores de edad detenidos. Datos oficiales obtenidos por Human Rights Watch muestran {n:minors-2023-12} menores de edad detenidos hasta finales de 2023; el ministro de Justicia y Seguridad Pública dio una cifra mucho menor, {n:minors-2024-02}, en febrero de 2024.",
  "story.the-price.cecot":
    "El símbolo de esta política es el Centro de Confinamiento del Terrorismo (CECOT), una megacárcel que recibió a sus primeros {n:cecot-first-transfer} reos en febrero de 2023. El Gobierno asegura que tiene capacidad para {n:cecot-capacity}; no se ha publicado ninguna verificación independiente de esa capacidad. La ocupación reportada ha sido muy inferior: más de {n:cecot-2024-08} en agosto de 2024, según datos difundidos por EFE.",
} satisfies Record<keyof typeof en, string>;
