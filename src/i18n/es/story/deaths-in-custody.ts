/** Spanish words of the story's section "deaths-in-custody": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/deaths-in-custody.ts";

export default {
  "story.deaths-in-custody.title": "Muertes bajo custodia",
  "story.deaths-in-custody.description":
    "Desde las primeras semanas del régimen de excepción han muerto personas bajo custodia del Estado. Sin cifra oficial, las organizaciones de derechos humanos cuentan las muertes que pueden verificar.",
  "story.deaths-in-custody.no-toll":
    "Desde las primeras semanas del régimen de excepción han muerto personas bajo custodia del Estado. El Gobierno no ha publicado una cifra de fallecidos. Las organizaciones de derechos humanos cuentan las muertes que pueden verificar, cada una con su propio método, y sus cifras difieren.",
  "story.deaths-in-custody.deaths-cristosal":
    "Cristosal, una organización de derechos humanos, contabilizó {n:deaths-cristosal-2023-04} muertes bajo custodia hasta finales de abril de 2023, poco más de un año después de que empezara el régimen de excepción ([su informe](source:cristosal_2023)), de las cuales clasificó {n:deaths-violent-cristosal-2023-04} como violentas a partir de registros forenses o fotografías. Para abril de 2024 su conteo había llegado a {n:deaths-cristosal-2024-04}, incluidas las de bebés.",
  "story.deaths-in-custody.deaths-sjh":
    "Socorro Jurídico Humanitario (SJH), otra organización, lleva un registro continuo. Había confirmado {n:deaths-sjh-2024-04} muertes para abril de 2024 y {n:deaths-sjh-2025-10} a finales de octubre de 2025. En abril de 2025 clasificó el {n:deaths-violent-share-sjh-2025-04} por ciento de las muertes registradas como violentas y el {n:deaths-negligence-share-sjh-2025-04} por ciento como consecuencia de negligencia médica. Afirma que el total real podría ser mucho mayor.",
  "story.deaths-in-custody.deaths-all":
    "Otras organizaciones, que contaron en otros momentos y con otros métodos, llegaron a otros totales: {n:deaths-movir-2023-12} el Movimiento de Víctimas del Régimen (MOVIR) y al menos {n:deaths-amnesty-2023-12} Amnistía Internacional a finales de 2023. El fiscal general, Rodolfo Delgado, dijo en junio de 2023 que {n:deaths-cases-archived} casos de muertes se habían archivado por no constituir delito. Ninguna de estas muertes se cuenta como homicidio.",
  "story.deaths-in-custody.testimony":
    "Detrás de los conteos hay testimonios. En un informe conjunto de diciembre de 2022, Human Rights Watch y Cristosal dijeron haber documentado detenciones arbitrarias, desapariciones forzadas y torturas en los primeros meses del régimen de excepción ([Human Rights Watch](source:hrw_2022_12_07)). Personas que salieron de las cárceles relataron a Cristosal golpizas al ingresar, descargas eléctricas, gas pimienta, celdas hacinadas, falta de agua y comida tirada al suelo ([TVM](source:tvm-2023-05-29)). Amnistía Internacional, con base en {n:amnesty-interviews} entrevistas, concluyó en diciembre de 2023 que la tortura y los malos tratos en las cárceles eran sistemáticos. Cuando Cristosal presentó un informe posterior, en julio de 2024, funcionarios del Gobierno negaron que se torture a los detenidos, según El Salvador Now, un sitio que traduce información de medios salvadoreños ([El Salvador Now](source:elsalvadornow-2024-07-24)).",
} satisfies Record<keyof typeof en, string>;
