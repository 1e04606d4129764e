/** Spanish words of the chart "pact-timeline": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/pact-timeline.ts";

export default {
  "pact-timeline.title": "Treguas con las pandillas, negociaciones reportadas y los casos posteriores en EE. UU.",
  "pact-timeline.subtitle": "Hechos en El Salvador y acciones del Gobierno de Estados Unidos, por fecha",
  "pact-timeline.note":
    "Las etiquetas son los títulos breves de los hechos. Las negociaciones y los pactos son señalamientos publicados por El Faro y otros medios o hechos en acusaciones formales y sanciones de EE. UU., no conclusiones judiciales; el Gobierno los niega. Marcadores huecos: solo se conoce el mes o el año.",
  "pact-timeline.side.us": "Estados Unidos",
  "pact-timeline.side.slv": "El Salvador",
  "pact-timeline.key.hollow": "Solo mes o año",
  "pact-timeline.category.pact": "Tregua, negociaciones o publicaciones sobre ellas",
  "pact-timeline.category.us-justice": "Justicia de EE. UU.",
  "pact-timeline.category.us-policy": "Política de EE. UU.",
  "pact-timeline.category.violence": "Violencia",
  "pact-timeline.category.policy": "Política salvadoreña",
  "pact-timeline.describe.events":
    "La línea de tiempo marca {count} hechos entre {first} y {last}: {slv} en El Salvador, desde la tregua con las pandillas de 2012, pasando por las negociaciones reportadas entre funcionarios y pandillas, hasta los asesinatos de marzo de 2022 y el régimen de excepción, y {us} acciones del Gobierno de Estados Unidos, entre ellas sanciones, acusaciones formales y una designación como organización terrorista.",
  "pact-timeline.describe.allegations":
    "Las negociaciones las ha reportado la prensa y las señalan fiscales de EE. UU. y el Departamento del Tesoro de EE. UU.; el Gobierno salvadoreño niega cualquier pacto.",
  "pact-timeline.describe.partial": "{count} hechos solo están fechados por mes o año y se dibujan como marcadores huecos al inicio de ese periodo.",
  "pact-timeline.table.caption": "Hechos de la línea de tiempo en orden cronológico, con la precisión con que los fechan las fuentes.",
  "pact-timeline.table.date": "Fecha",
  "pact-timeline.table.event": "Hecho",
  "pact-timeline.table.where": "Dónde",
  "pact-timeline.table.kind": "Tipo",
} satisfies Record<keyof typeof en, string>;
