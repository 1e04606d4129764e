/**
 * Facts about the publication itself, used by layouts, meta tags and structured data. Its title,
 * description and credit line are words, in the locale files (ui.site-title, ui.site-description,
 * ui.credit).
 */
import type { Lang } from "./i18n/locales.ts";

export const SITE = {
  licence: "CC BY 4.0",
  /** Named as the story's author and publisher in its structured data (an Organization): a name, not translated. */
  organization: "El Salvador: behind the numbers",
  /** When the story was first published, and when it last changed in substance (ISO 8601 dates). */
  published: "2026-11-25",
  modified: "2026-12-03",
} as const;

/** A published correction: what was wrong and what changed, dated. */
export interface Correction {
  /** ISO 8601 date of the correction. */
  date: string;
  /** What was corrected, in each language of the story. */
  text: Record<Lang, string>;
}

/**
 * Corrections to the story, oldest first. Add one for every correction of substance (and update
 * SITE.modified); the story shows them in its "Corrections and updates" note (#corrections) and
 * they go into its structured data as its `correction` property.
 */
export const corrections: readonly Correction[] = [
  {
    date: "2026-12-03",
    text: {
      en: "The section “The fall” said that Honduras, Guatemala, Mexico and Colombia saw their homicide rates fall more slowly than El Salvador's. By UNODC's figures Mexico's rate rose between 2015 and 2023, peaking in 2018. The section also said, without naming years, that El Salvador went from the highest rate among its neighbours to the lowest; in UNODC's series it had the highest from 2015 to 2018 and the lowest in 2022, which is not true of the whole period charted. It called Ecuador's 2023 rate the highest of the six countries; UNODC has no 2023 figure for El Salvador, so it is the highest of five. The section now says what each country's rate did, and over which years.",
      es: "La sección «La caída» decía que las tasas de homicidios de Honduras, Guatemala, México y Colombia bajaban más despacio que la de El Salvador. Según la UNODC, la tasa de México subió entre 2015 y 2023, con un máximo en 2018. La sección también decía, sin indicar años, que El Salvador pasó de tener la tasa más alta entre sus vecinos a la más baja; en la serie de la UNODC tuvo la más alta de 2015 a 2018 y la más baja en 2022, lo que no es cierto en todo el periodo del gráfico. Llamaba a la tasa de Ecuador en 2023 la más alta de los seis países; la UNODC no tiene cifra de El Salvador para 2023, así que es la más alta de cinco. Ahora la sección dice qué hizo la tasa de cada país y en qué años.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "The section “Similar crackdowns nearby” (formerly “The copycats”) compared Honduran and Ecuadorian homicide rates taken from different series (UNODC, national police and InSight Crime) as if they were one. Each comparison now uses figures from a single series, and names it.",
      es: "La sección «Ofensivas parecidas en la región» (antes «Los imitadores») comparaba tasas de homicidios de Honduras y Ecuador tomadas de series distintas (UNODC, policías nacionales e InSight Crime) como si fueran una sola. Ahora cada comparación usa cifras de una misma serie y dice cuál.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "The section “The price” led with an incarceration rate of 1,086 per 100,000 from the 2024 World Prison Population List, which rests on a count from May 2022. It now leads with the World Prison Brief's later rate, 1,659, and the total behind it, and gives the 2024 list's figures second, with their date.",
      es: "La sección «El precio» comenzaba con una tasa de encarcelamiento de 1,086 por cada 100,000 habitantes de la World Prison Population List de 2024, que se basa en un conteo de mayo de 2022. Ahora comienza con la tasa posterior del World Prison Brief, 1,659, y el total en que se basa, y da en segundo lugar las cifras de la lista de 2024, con su fecha.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "The story and two chart notes gave different dates for when the official homicide count began to leave out bodies found in clandestine graves (2019 and May 2021). They now say the same everywhere: the police told the president of the exclusion in July 2019, according to InSight Crime, and Foreign Policy dates its formal adoption to May 2021. The opening and “The fall” now say, beside the official figures since 2019, what they leave out, and that for 2025 the government has not said whether the exclusions still apply.",
      es: "El reportaje y dos notas de gráficos daban fechas distintas para el momento en que el conteo oficial de homicidios empezó a dejar fuera los cuerpos hallados en fosas clandestinas (2019 y mayo de 2021). Ahora dicen lo mismo en todas partes: la Policía comunicó la exclusión al presidente en julio de 2019, según InSight Crime, y Foreign Policy sitúa su adopción formal en mayo de 2021. La apertura y «La caída» dicen ahora, junto a las cifras oficiales desde 2019, qué dejan fuera y que, para 2025, el Gobierno no ha dicho si las exclusiones se mantienen.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "Several sentences in “The pact” and “Mano Dura's record” stated in the story's own voice what journalists, US authorities or former gang leaders have reported or alleged about deals between officials and the gangs. Each is now attributed, beside the government's denial. The section “The fall” said every version of the 2015 homicide rate put that year above any since 1997; of the three series it named, only UNODC's reaches back that far, and the sentence now says so.",
      es: "Varias frases de «El pacto» y «El saldo de la Mano Dura» afirmaban con la voz del propio reportaje lo que periodistas, autoridades de Estados Unidos o antiguos cabecillas pandilleros han informado o sostenido sobre pactos entre funcionarios y pandillas. Ahora cada una se atribuye, junto al desmentido del Gobierno. La sección «La caída» decía que todas las versiones de la tasa de homicidios de 2015 situaban ese año por encima de cualquier otro desde 1997; de las tres series que nombraba, solo la de la UNODC llega tan atrás, y la frase ahora lo dice.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "The section “Deaths in custody” said Cristosal counted 153 deaths in custody in the state of exception's first year. That is its count to the end of April 2023, just over a year in; the text now says so. The section also stated in its own voice what Human Rights Watch, Cristosal and Amnesty International reported about torture; it now attributes those findings, and dates the government's denial.",
      es: "La sección «Muertes bajo custodia» decía que Cristosal contabilizó 153 muertes bajo custodia en el primer año del régimen de excepción. Es su conteo hasta finales de abril de 2023, poco más de un año después; el texto ahora lo dice. La sección también afirmaba con voz propia lo que Human Rights Watch, Cristosal y Amnistía Internacional informaron sobre torturas; ahora atribuye esos hallazgos y fecha el desmentido del Gobierno.",
    },
  },
  {
    date: "2026-12-03",
    text: {
      en: "The teachers' page said a new law had taxed the foreign funding of El Faro and Cristosal and that their phones had been found infected with spyware since 2020. The law taxes groups it classes as foreign agents, and the infections Citizen Lab reported were on some staff members' phones between 2020 and 2021. The page now says that, and “Sources and method” no longer says that El Faro's newsroom stays in El Salvador, which was true in 2023.",
      es: "La página para docentes decía que una nueva ley había gravado los fondos del exterior de El Faro y Cristosal y que desde 2020 se habían hallado sus teléfonos infectados con un programa espía. La ley grava a las organizaciones que clasifica como agentes extranjeros, y las infecciones de las que informó Citizen Lab se hallaron en teléfonos de parte de su personal entre 2020 y 2021. La página ahora lo dice, y «Fuentes y metodología» ya no afirma que la redacción de El Faro sigue en El Salvador, algo que era cierto en 2023.",
    },
  },
];
