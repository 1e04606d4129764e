/** Spanish words of the chart "gang-members-abroad": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/gang-members-abroad.ts";

export default {
  "gang-members-abroad.title": "Los pandilleros capturados en el extranjero se cuentan por cientos, no por miles",
  "gang-members-abroad.subtitle": "Pandilleros salvadoreños reportados como detenidos o deportados en el extranjero, por reporte",
  "gang-members-abroad.note":
    "Cada barra es un reporte; los reportes se superponen y no pueden sumarse. No se dibuja: los registros de la Policía salvadoreña cuentan decenas de miles de pandilleros perfilados que siguen en libertad, una cifra que no dice nada sobre cuántos salieron del país.",
  "gang-members-abroad.action.arrested": "detenidos",
  "gang-members-abroad.action.deported": "deportados",
  "gang-members-abroad.action.arrested-and-deported": "detenidos y deportados",
  "gang-members-abroad.action.flown-to-el-salvador": "enviados en avión a El Salvador",
  "gang-members-abroad.caveat.chiapas": "Chiapas",
  "gang-members-abroad.caveat.chiapas-before": "Chiapas, antes de la ofensiva",
  "gang-members-abroad.caveat.all-nationalities": "todas las nacionalidades",
  "gang-members-abroad.value.more-than": "más de {value}",
  "gang-members-abroad.value.about": "cerca de {value}",
  "gang-members-abroad.period.from": "desde {date}",
  "gang-members-abroad.period.until": "hasta {date}",
  "gang-members-abroad.period.undated": "sin fecha",
  "gang-members-abroad.label.result": "{value} {action}",
  "gang-members-abroad.label.result-caveat": "{value} {action}, {caveat}",
  "gang-members-abroad.describe.counts":
    "Los conteos reportados de pandilleros salvadoreños detenidos o deportados en el extranjero van de decenas a unos pocos cientos: el mayor es de {largest} ({place}) y el menor, de {smallest}.",
  "gang-members-abroad.describe.overlap": "Los conteos se superponen, así que no pueden sumarse.",
  "gang-members-abroad.describe.at-large":
    "Como comparación, los registros de la Policía salvadoreña contaban {count} pandilleros perfilados que seguían en libertad, sin decir cuántos estaban en el extranjero.",
  "gang-members-abroad.describe.at-large-dated":
    "Como comparación, los registros de la Policía salvadoreña contaban {count} pandilleros perfilados que seguían en libertad en {date}, sin decir cuántos estaban en el extranjero.",
  "gang-members-abroad.table.caption": "Pandilleros salvadoreños detenidos o deportados en el extranjero, una fila por reporte; los reportes se superponen.",
  "gang-members-abroad.table.country": "País",
  "gang-members-abroad.table.period": "Periodo",
  "gang-members-abroad.table.action": "Qué ocurrió",
  "gang-members-abroad.table.count": "Pandilleros (personas)",
  "gang-members-abroad.table.sources": "Fuentes",
} satisfies Record<keyof typeof en, string>;
