/** Spanish words of the story's section "mano-duras-record": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/mano-duras-record.ts";

export default {
  "story.mano-duras-record.title": "El saldo de la Mano Dura",
  "story.mano-duras-record.description":
    "El Salvador ya había recurrido a las capturas masivas: tras los planes Mano Dura de 2003 y 2004 las cárceles se llenaron, pero la tasa de homicidios no bajó y las pandillas sobrevivieron.",
  "story.mano-duras-record.arrests":
    "No es la primera vez que El Salvador recurre a las capturas masivas. Tras la Mano Dura, en 2003, y la Súper Mano Dura, en 2004, las cárceles se llenaron: la población carcelaria pasó de {n:slv-prisoners-2002} personas en 2002 a {n:slv-prisoners-2014} en 2014. La tasa de homicidios no bajó: fue de {n:slv-2003-rate} en 2003 y de {n:slv-2009-rate} en 2009.",
  "story.mano-duras-record.truce":
    "Las pandillas sobrevivieron a aquellas ofensivas. Menos de una década después del arranque de la Mano Dura, sus líderes encarcelados estaban en el centro de la tregua de 2012.",
  "story.mano-duras-record.the-test":
    "La ofensiva actual es mucho más amplia, y la caída de los homicidios registrados que la ha acompañado, mucho más pronunciada; [InSight Crime](source:insight-2023-12-weekly) consideró en diciembre de 2023 que había desarticulado en gran medida a las pandillas. La experiencia anterior muestra que las capturas masivas, por sí solas, no dieron resultados duraderos. La prueba para esta será si la caída sobrevive al fin del régimen de excepción y si las cifras que la miden pueden verificarse.",
} satisfies Record<keyof typeof en, string>;
