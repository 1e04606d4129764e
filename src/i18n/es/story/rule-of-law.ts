/** Spanish words of the story's section "rule-of-law": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/rule-of-law.ts";

export default {
  "story.rule-of-law.title": "El Estado de derecho",
  "story.rule-of-law.description":
    "También se concentró el poder: en 2021 la Asamblea destituyó a la Sala de lo Constitucional y al fiscal general, y la nueva Sala dejó a Bukele buscar un segundo mandato, que ganó en 2024.",
  "story.rule-of-law.power":
    "En esos mismos años, el poder se concentró en la presidencia y su partido. En febrero de 2020, soldados y policías entraron en la Asamblea Legislativa mientras Bukele presionaba a los diputados para que aprobaran un préstamo para su plan de seguridad. Después de que su partido, Nuevas Ideas, obtuvo una mayoría de dos tercios en febrero de 2021, el primer acto de la nueva Asamblea, el 1 de mayo, fue destituir a los cinco magistrados de la Sala de lo Constitucional y al fiscal general, y nombrar a sus sustitutos.",
  "story.rule-of-law.re-election":
    "En septiembre de 2021, la Sala, ya con su nueva integración, resolvió que un presidente en funciones podía buscar la reelección inmediata; el Departamento de Estado de EE. UU. afirmó que la Constitución prohíbe claramente los mandatos consecutivos. Bukele ganó un segundo mandato en febrero de 2024 con una mayoría abrumadora de los votos válidos. En julio de 2025, la Asamblea aprobó la reelección indefinida, un mandato de seis años y la eliminación de la segunda vuelta, y ratificó la reforma en la misma sesión.",
} satisfies Record<keyof typeof en, string>;
