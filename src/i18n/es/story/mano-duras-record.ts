/** Spanish words of the story's section "mano-duras-record": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/mano-duras-record.ts";

export default {
  "story.mano-duras-record.title": "El saldo de la Mano Dura",
  "story.mano-duras-record.description":
    "El Salvador ya había recurrido a las capturas masivas: los planes Mano Dura de 2003 y 2004 llenaron las cárceles, pero los homicidios no bajaron y las pandillas no fueron desarticuladas.",
  "story.mano-duras-record.arrests":
    "No es la primera vez que El Salvador recurre a las capturas masivas. La Mano Dura, en 2003, y la Súper Mano Dura, en 2004, llenaron las cárceles: la población carcelaria pasó de {n:slv-prisoners-2002} personas en 2002 a {n:slv-prisoners-2014} en 2014. Los homicidios no bajaron. La tasa de homicidios fue de {n:slv-2003-rate} en 2003 y de {n:slv-2009-rate} en 2009.",
  "story.mano-duras-record.truce":
    "Aquellas ofensivas no desarticularon a las pandillas. Menos de una década después del arranque de la Mano Dura, el Gobierno negociaba una tregua con los líderes encarcelados de las pandillas.",
  "story.mano-duras-record.the-test":
    "La ofensiva actual es mucho más amplia, y su efecto sobre los homicidios registrados, mucho mayor. La experiencia anterior muestra que las capturas masivas, por sí solas, no dieron resultados duraderos; la prueba para esta será si la caída sobrevive al fin del régimen de excepción y si las cifras que la miden pueden verificarse.",
} satisfies Record<keyof typeof en, string>;
