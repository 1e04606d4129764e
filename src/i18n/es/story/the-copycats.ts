/** Spanish words of the story's section "the-copycats": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-copycats.ts";

export default {
  "story.the-copycats.title": "Ofensivas parecidas en la región",
  "story.the-copycats.description":
    "Honduras y Ecuador adoptaron medidas parecidas. Según cifras oficiales, la tasa de homicidios hondureña siguió bajando; la ecuatoriana cayó en 2024 y, según InSight Crime, subió en 2025.",
  "story.the-copycats.intro":
    "Otros dos gobiernos de la región han adoptado medidas parecidas a las de Bukele. Honduras declaró un estado de excepción parcial en diciembre de 2022 y lo prorrogó. El presidente de Ecuador declaró un “conflicto armado interno” contra los grupos criminales en enero de 2024, y su Gobierno comenzó a construir cárceles de máxima seguridad mientras estudiaba el modelo salvadoreño.",
  "story.the-copycats.results":
    "Por ahora, los resultados son dispares. Según las cifras del Gobierno hondureño, la tasa de homicidios de Honduras bajó de {n:hnd-2022-rate-gov} en 2022 a {n:hnd-2024-rate} en 2024, y prolongó así un descenso que, en la serie de la UNODC, venía de un máximo en 2011. Las cifras de la Policía de Ecuador muestran una bajada de {n:ecu-2023-rate-police} en 2023 a {n:ecu-2024-rate} en 2024; InSight Crime, que sitúa 2024 en {n:ecu-2024-rate-insight}, contó {n:ecu-2025-rate} en 2025, un récord para el país, según la prensa que informó de su balance anual. Guatemala, México y Colombia se muestran para comparar.",
} satisfies Record<keyof typeof en, string>;
