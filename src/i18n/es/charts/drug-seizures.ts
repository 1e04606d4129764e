/** Spanish words of the chart "drug-seizures": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/drug-seizures.ts";

export default {
  "drug-seizures.title": "Incautaciones de droga reportadas en El Salvador, según el periodo que cubre cada cifra",
  "drug-seizures.subtitle": "Incautaciones reportadas por el Gobierno o difundidas a partir de él, en toneladas métricas; no flujos de droga",
  "drug-seizures.note":
    "Cada barra abarca el periodo que cubre su cifra: las barras largas son totales de varios años y se superponen a las cifras anuales. Las barras punteadas se dieron como aproximadas o como un mínimo, o cubren un periodo incierto. Se excluyen las estimaciones de flujos regionales.",
  "drug-seizures.reporter.government": "Gobierno",
  "drug-seizures.reporter.government-at-sea": "Gobierno, en el mar",
  "drug-seizures.reporter.government-via-press": "Gobierno, vía prensa",
  "drug-seizures.reporter.security-cabinet": "gabinete de seguridad",
  "drug-seizures.reporter.defence-minister": "ministro de la Defensa",
  "drug-seizures.reporter.defence-minister-at-sea": "ministro de la Defensa, en el mar",
  "drug-seizures.reporter.justice-minister-one-seizure": "ministro de Justicia y Seguridad Pública, una incautación",
  "drug-seizures.reporter.bukele-period-unclear": "Bukele, periodo incierto",
  "drug-seizures.reporter.navy": "Fuerza Naval",
  "drug-seizures.reporter.navy-one-seizure": "Fuerza Naval, una incautación",
  "drug-seizures.reporter.police-via-us-cable": "Policía, vía cable de EE. UU.",
  "drug-seizures.reporter.police-via-pro-government-outlet": "Policía, medio progubernamental",
  "drug-seizures.reporter.official-via-insight-crime": "cifra oficial, vía InSight Crime",
  "drug-seizures.reporter.pro-government-outlet": "medio progubernamental",
  "drug-seizures.reporter.insight-crime": "InSight Crime",
  "drug-seizures.reporter.via-us-southern-command": "vía Comando Sur de EE. UU.",
  "drug-seizures.reporter.us-state-department": "Departamento de Estado de EE. UU.",
  "drug-seizures.reporter.prensa-latina": "Prensa Latina",
  "drug-seizures.drug.cocaine": "cocaína",
  "drug-seizures.drug.all-drugs": "drogas",
  "drug-seizures.amount.about": "cerca de {amount}",
  "drug-seizures.amount.more-than": "más de {amount}",
  "drug-seizures.label.what": "{amount} de {drug}",
  "drug-seizures.label.what-total": "{amount} de {drug}, total",
  "drug-seizures.period.to-mid": "{from} a mediados de {to}",
  "drug-seizures.period.single-seizure": "{period} (una sola incautación)",
  "drug-seizures.period.circa": "aprox. {period}",
  "drug-seizures.period.unclear": "periodo incierto",
  "drug-seizures.describe.intro":
    "El gráfico muestra {count} cifras de incautaciones de droga reportadas en El Salvador, cada una trazada a lo largo del periodo que cubre; son incautaciones reportadas por el Gobierno o por medios que difunden sus datos, no estimaciones de la droga que pasa por el país.",
  "drug-seizures.describe.largest":
    "La mayor, {amount} de {drug} para {period} ({reporter}), es un total de varios años, no una cifra anual.",
  "drug-seizures.describe.range":
    "Las cifras de incautaciones de cocaína de un año completo van de {low} en {lowPeriod} ({lowReporter}) a {high} en {highPeriod} ({highReporter}); las cifras de un mismo año a menudo no coinciden.",
  "drug-seizures.table.caption":
    "Incautaciones de droga reportadas en El Salvador. Las cantidades publicadas en kilogramos se convierten a toneladas métricas (1 t = 1,000 kg).",
  "drug-seizures.table.period": "Periodo",
  "drug-seizures.table.drug": "Droga",
  "drug-seizures.table.amount": "Cantidad (toneladas métricas)",
  "drug-seizures.table.printed": "Como se publicó",
  "drug-seizures.table.reporter": "Reportado por",
  "drug-seizures.table.sources": "Fuentes",
} satisfies Record<keyof typeof en, string>;
