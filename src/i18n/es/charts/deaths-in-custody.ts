/** Spanish words of the chart "deaths-in-custody": title, subtitle, note, labels, description and data table: the same keys as the English file. */
import type en from "../../en/charts/deaths-in-custody.ts";

export default {
  "deaths-in-custody.title": "Muertes bajo custodia del Estado, según el conteo de cada organización",
  "deaths-in-custody.subtitle": "Personas que murieron bajo custodia desde el inicio del régimen de excepción, en cifras acumuladas",
  "deaths-in-custody.note":
    "El Gobierno no publica un conteo de muertes. Las organizaciones usan métodos y criterios distintos, por lo que sus conteos se muestran por separado y nunca se suman. El conteo de Cristosal se detiene en abril de 2024. “≥” indica que la fuente dijo “al menos”, y “~”, que dijo “cerca de”.",
  "deaths-in-custody.counter.cristosal": "Cristosal",
  "deaths-in-custody.counter.sjh": "Socorro Jurídico Humanitario",
  "deaths-in-custody.counter.sjh-short": "Socorro Jurídico",
  "deaths-in-custody.counter.movir": "MOVIR",
  "deaths-in-custody.counter.amnesty": "Amnistía Internacional",
  "deaths-in-custody.counter.amnesty-short": "Amnistía",
  "deaths-in-custody.counter.joint-ngos": "Varias ONG en conjunto",
  "deaths-in-custody.counter.joint-ngos-short": "ONG en conjunto",
  "deaths-in-custody.counter.unspecified": "Fuente no identificada",
  "deaths-in-custody.label": "{counter}: {value}",
  "deaths-in-custody.dot": "{counter}: {value} muertes {when}",
  "deaths-in-custody.describe.series": "{counter} contabilizó {first} muertes bajo custodia del Estado {firstWhen} y {last} {lastWhen}.",
  "deaths-in-custody.describe.single": "{counter}, {value} ({date})",
  "deaths-in-custody.describe.singles": "Otras cifras aisladas: {list}.",
  "deaths-in-custody.describe.apart": "Cada organización cuenta a su manera, por lo que las cifras no se suman.",
  "deaths-in-custody.table.caption":
    "Muertes acumuladas bajo custodia del Estado desde el inicio del régimen de excepción, según la organización que las contabilizó.",
  "deaths-in-custody.table.date": "Fecha",
  "deaths-in-custody.table.counted-by": "Contabilizado por",
  "deaths-in-custody.table.deaths": "Muertes bajo custodia (personas)",
  "deaths-in-custody.table.wording": "Formulación",
} satisfies Record<keyof typeof en, string>;
