/** Spanish words of the story's section "the-pact": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-pact.ts";

export default {
  "story.the-pact.title": "El pacto",
  "story.the-pact.description":
    "Periodistas, el Departamento del Tesoro y una acusación formal de EE. UU. sostienen que funcionarios negociaron con cabecillas pandilleros menos asesinatos. El Gobierno niega todo pacto.",
  "story.the-pact.the-evidence":
    "Las caídas de los asesinatos ya han coincidido antes con pactos entre el Estado y las pandillas. Las pruebas del más reciente provienen de periodistas, del Gobierno de Estados Unidos y de los propios cabecillas de las pandillas. El Gobierno de Bukele niega que haya existido pacto alguno.",
  "story.the-pact.pact-truce-2012":
    "La tregua de 2012 fue el modelo: los cabecillas presos fueron trasladados a penales con un régimen menos estricto y, a cambio, las pandillas prometieron reducir los asesinatos. El Faro reveló el acuerdo en menos de una semana. En 2015 la Sala de lo Constitucional declaró a las pandillas grupos terroristas y resolvió que negociar con ellas era inadmisible.",
  "story.the-pact.pact-talks":
    "Más tarde, reportajes periodísticos acusaron al equipo de Bukele en la Alcaldía de San Salvador, a partir de 2015, de negociar con pandillas el acceso para hacer campaña y la reubicación de los vendedores ambulantes. En septiembre de 2020, [El Faro](source:elfaro-2020-09-06) publicó registros penitenciarios que indicaban que, desde 2019, el director de Centros Penales, Osiris Luna, y Carlos Marroquín, director de un programa social del Gobierno, se habían reunido en las cárceles con cabecillas de la MS-13 para negociar una reducción de los homicidios y apoyo electoral para el partido de Bukele, Nuevas Ideas.",
  "story.the-pact.pact-sanctions":
    "En diciembre de 2021, el Departamento del Tesoro de EE. UU. sancionó a Luna y a Marroquín, y afirmó que habían dirigido negociaciones secretas con la MS-13 y el Barrio 18 a cambio de una reducción de los homicidios y de apoyo político ([Reuters](source:reuters-2021-12-08)). Bukele negó las acusaciones. Un mes antes, según El Faro, un cabecilla de la MS-13 reclamado por Estados Unidos había sido excarcelado en secreto.",
  "story.the-pact.pact-breakdown":
    "En marzo de 2022 los asesinatos volvieron a una escala no vista en dos décadas, y a continuación llegó el régimen de excepción. En audios publicados por [El Faro](source:elfaro-2022-05) en mayo de 2022 se escucha a Marroquín culpar al ministro de Seguridad de la ruptura de las negociaciones con la MS-13 que precedieron a los asesinatos de marzo.",
  "story.the-pact.pact-indictment":
    "Una acusación formal de EE. UU. contra la cúpula de la MS-13, hecha pública en febrero de 2023, sostiene que la pandilla redujo los asesinatos visibles y apoyó a Nuevas Ideas a cambio de beneficios penitenciarios y de protección frente a la extradición ([Departamento de Justicia de EE. UU.](source:doj-2023-02-23-copy)). Son acusaciones que no han sido juzgadas. En 2025, fiscales estadounidenses retiraron los cargos de terrorismo contra uno de los cabecillas, que fue devuelto a El Salvador, y líderes del Barrio 18 dijeron a El Faro que las pandillas habían entregado votos a Bukele. El Gobierno niega cualquier pacto.",
  "story.the-pact.truce-trial":
    "Mientras el gobierno de Bukele negaba sus propias negociaciones, los tribunales juzgaron a los funcionarios de la tregua de 2012. En mayo de 2023, un tribunal de San Salvador condenó al expresidente Mauricio Funes, juzgado en ausencia porque vive en Nicaragua, a {n:truce-sentence-funes} años de prisión por agrupaciones ilícitas e incumplimiento de deberes, y a David Munguía Payés, su ministro de Justicia y Seguridad durante la tregua, a {n:truce-sentence-munguia} años por los mismos delitos y por actos arbitrarios ([Diario El Mundo](source:elmundo-2023-05-29-tregua)). Munguía Payés dijo que lo habían condenado por razones políticas. El proceso en su contra había comenzado en julio de 2020.",
  "story.the-pact.denials":
    "El Gobierno ha respondido con negativas a las revelaciones sobre sus propias negociaciones. Cuando El Faro publicó los registros de las cárceles, en septiembre de 2020, Bukele calificó el reportaje de farsa y el director de Centros Penales, Osiris Luna, dijo que era falso; el fiscal general de entonces, Raúl Melara, anunció que investigaría ([Reuters](source:reuters-2020-09-04)). Melara fue uno de los funcionarios que la nueva Asamblea destituyó en mayo de 2021.",
} satisfies Record<keyof typeof en, string>;
