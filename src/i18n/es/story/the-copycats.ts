/** Spanish words of the story's section "the-copycats": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-copycats.ts";

export default {
  "story.the-copycats.title": "Los imitadores",
  "story.the-copycats.description":
    "Honduras y Ecuador adoptaron partes del enfoque salvadoreño. La tasa de homicidios hondureña siguió bajando; la ecuatoriana cayó en 2024 y, según InSight Crime, llegó a un récord en 2025.",
  "story.the-copycats.intro":
    "Otros gobiernos de la región han adoptado partes del enfoque de Bukele. Honduras declaró un estado de excepción parcial en diciembre de 2022 y lo ha prorrogado desde entonces. El presidente de Ecuador declaró un “conflicto armado interno” contra los grupos criminales en enero de 2024 y comenzó a construir cárceles de máxima seguridad.",
  "story.the-copycats.results":
    "Por ahora, los resultados son dispares. La tasa de homicidios de Honduras bajó de {n:hnd-2022-rate} en 2022 a {n:hnd-2024-rate} en 2024, según cifras oficiales, y prolongó así un descenso que había comenzado años antes. La de Ecuador bajó de {n:ecu-2023-rate} en 2023 a {n:ecu-2024-rate} en 2024 y luego, según el conteo de InSight Crime, subió a un récord de {n:ecu-2025-rate} en 2025. Guatemala, México y Colombia se muestran para comparar.",
} satisfies Record<keyof typeof en, string>;
