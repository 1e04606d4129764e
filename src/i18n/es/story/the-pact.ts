/** Spanish words of the story's section "the-pact": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-pact.ts";

export default {
  "story.the-pact.title": "El pacto",
  "story.the-pact.description":
    "Periodistas, el Departamento del Tesoro y una acusación formal de EE. UU. sostienen que funcionarios negociaron con cabecillas pandilleros menos asesinatos. El Gobierno niega todo pacto.",
  "story.the-pact.the-evidence":
    "Una caída de los asesinatos ya coincidió antes con un pacto entre el Estado y las pandillas: la tregua de 2012. Para los años de Bukele, periodistas, el Gobierno de Estados Unidos y antiguos cabecillas pandilleros han informado o sostenido que funcionarios negociaron con las pandillas. El Gobierno de Bukele niega que haya existido pacto alguno.",
  "story.the-pact.pact-truce-2012":
    "En la tregua de 2012, según El Faro, que reveló el acuerdo en menos de una semana, los cabecillas presos fueron trasladados a penales con un régimen menos estricto y las pandillas prometieron a cambio reducir los asesinatos. El Gobierno de Mauricio Funes negó al principio cualquier papel y lo reconoció en septiembre de 2012. En 2015 la Sala de lo Constitucional declaró a las pandillas grupos terroristas y resolvió que negociar con ellas era inadmisible.",
  "story.the-pact.pact-talks":
    "El Faro e InSight Crime informaron después de que el equipo de Bukele en la Alcaldía de San Salvador, a partir de 2015, había negociado con pandillas el acceso para hacer campaña y la reubicación de los vendedores ambulantes. En septiembre de 2020, [El Faro](source:elfaro-2020-09-06) publicó registros penitenciarios que, según su reportaje, mostraban que desde 2019 el director de Centros Penales, Osiris Luna, y Carlos Marroquín, director de un programa social del Gobierno, se habían reunido en las cárceles con cabecillas de la MS-13 para negociar una reducción de los homicidios y apoyo electoral para el partido de Bukele, Nuevas Ideas. El Gobierno lo negó.",
  "story.the-pact.pact-sanctions":
    "El 8 de diciembre de 2021, el Departamento del Tesoro de EE. UU. sancionó a Luna y a Marroquín. Su comunicado, citado por [CNN](source:cnn-2021-12-09), afirmaba que en 2020 el Gobierno había «proporcionado incentivos económicos» a la MS-13 y al Barrio 18 para mantener bajos los homicidios y que las pandillas se habían comprometido a apoyar a Nuevas Ideas. Bukele negó las acusaciones. Un mes antes, según El Faro, un cabecilla de la MS-13 reclamado por Estados Unidos había sido excarcelado en secreto.",
  "story.the-pact.pact-breakdown":
    "A finales de marzo de 2022 los asesinatos alcanzaron la cifra diaria más alta en al menos dos décadas, y a continuación llegó el régimen de excepción. En audios que publicó [El Faro](source:elfaro-2022-05) en mayo de 2022, según el periódico, se escucha a Marroquín culpar al ministro de Justicia y Seguridad Pública de la ruptura de las negociaciones con la MS-13 antes de los asesinatos de marzo.",
  "story.the-pact.pact-indictment":
    "Una acusación formal de EE. UU. contra la cúpula de la MS-13, hecha pública en febrero de 2023, sostiene que la pandilla redujo los asesinatos visibles y apoyó a Nuevas Ideas a cambio de beneficios penitenciarios y de protección frente a la extradición ([Departamento de Justicia de EE. UU.](source:doj-2023-02-23-copy)). Son acusaciones que no han sido juzgadas. En 2025, fiscales estadounidenses retiraron los cargos de terrorismo contra uno de los cabecillas, alegando razones de política exterior, y este fue devuelto a El Salvador; líderes de una facción del Barrio 18 dijeron a El Faro que las pandillas habían entregado votos a Bukele. El Gobierno niega cualquier pacto.",
} satisfies Record<keyof typeof en, string>;
