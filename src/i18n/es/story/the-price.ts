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
    "Para septiembre de 2023, el ministro de Seguridad situaba la cifra en cerca de {n:slv-prisoners-2023-09}: más del doble en año y medio. Según la prensa salvadoreña, las estadísticas penitenciarias fueron declaradas reservadas después.",
  "story.the-price.price-census":
    "El censo de 2024 registró {n:slv-prisoners-2024} personas privadas de libertad, cerca del {n:slv-prisoners-share-2024} por ciento de la población.",
  "story.the-price.ranking":
    "Según el World Prison Brief, ningún país encarcela a una proporción mayor de su población. La World Prison Population List publicada en 2024 atribuye a El Salvador {n:slv-rate-wppl} presos por cada 100,000 habitantes, una cifra basada en un conteo de mayo de 2022, anterior a la mayoría de las capturas. La cifra posterior del World Prison Brief es de {n:slv-rate-wpb-later}. La misma lista atribuye a Cuba {n:cub-rate-wppl}; a Ruanda, {n:rwa-rate-wppl}; a Turkmenistán, {n:tkm-rate-wppl}, y a Estados Unidos, {n:usa-rate-wppl}.",
  "story.the-price.arrests":
    "El Gobierno reportó {n:arrests-2025-03} capturas bajo el régimen de excepción hasta finales de marzo de 2025 y {n:arrests-2025-10} a finales de octubre. Son registros de capturas, que incluyen a personas liberadas después: el Gobierno dijo que unas {n:releases-2025-07} habían quedado en libertad hasta julio de 2025. También hubo niños detenidos. Datos oficiales obtenidos por Human Rights Watch muestran {n:minors-2023-12} menores de edad detenidos hasta finales de 2023; el ministro de Seguridad dio una cifra mucho menor, {n:minors-2024-02}, en febrero de 2024.",
  "story.the-price.cecot":
    "El símbolo de esta política es el Centro de Confinamiento del Terrorismo (CECOT), una megacárcel que recibió a sus primeros {n:cecot-first-transfer} reos en febrero de 2023. El Gobierno asegura que tiene capacidad para {n:cecot-capacity}; no se ha publicado ninguna verificación independiente de esa capacidad. La ocupación reportada ha sido muy inferior: más de {n:cecot-2024-08} en agosto de 2024, según datos difundidos por EFE.",
  "story.the-price.releases":
    "El Gobierno presenta a las personas que ha liberado como inocentes ([EFE](source:pagina12_2025_07)). Amnistía Internacional informó que el {n:released-still-prosecuted-2024} por ciento de los liberados seguía procesado, con medidas distintas de la cárcel. Algunas liberaciones ordenadas por jueces no se cumplieron: El Faro documentó {n:release-orders-ignored} personas a las que los juzgados ordenaron liberar y a las que Centros Penales mantuvo presas o liberó con retraso, y {n:release-orders-deaths} de ellas murieron bajo custodia ([El Faro](source:elfaro-2024-08-12)). Una de ellas, Luis Armando Rodríguez, seguía preso en el penal de Quezaltepeque un mes después de que un juez ordenara su libertad, el 16 de mayo de 2023; el 19 de junio lo trasladaron al hospital, donde murió dos días después.",
  "story.the-price.popularity":
    "La ofensiva contra las pandillas es popular, y las encuestas sugieren por qué. La unidad de encuestas de La Prensa Gráfica, LPG Datos, encontró que el {n:lpg-2022-11-approval} por ciento de los salvadoreños aprobaba la gestión de Bukele en noviembre de 2022; el {n:lpg-2022-11-security} por ciento calificaba de buena o muy buena la seguridad pública, frente a un {n:lpg-2022-11-economy} por ciento que calificaba de buena la economía ([EFE](source:efe-c360-2022-12)). A finales de 2025, su cifra de aprobación era del {n:lpg-2025-12-approval} por ciento. El Instituto Universitario de Opinión Pública de la UCA, el IUDOP, pide a los encuestados que califiquen al presidente en una escala de cero a diez en lugar de aprobarlo o desaprobarlo: obtuvo {n:iudop-2025-12-grade} en diciembre de 2025, frente a {n:iudop-2024-12-grade} un año antes ([UCA](source:uca-2026-01-27)). En la encuesta del IUDOP sobre 2023, el {n:iudop-2023-better} por ciento dijo que el país estaba mejor que el año anterior, y casi todos ellos lo atribuyeron a la política de seguridad. Aun así, en diciembre de 2025 el {n:iudop-2025-12-free} por ciento dijo al IUDOP que las personas encarceladas ese año, entre ellas líderes religiosos, ambientalistas y abogados, deberían quedar libres si no hay pruebas suficientes en su contra.",
} satisfies Record<keyof typeof en, string>;
