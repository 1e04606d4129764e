/** Spanish words of the story's section "opening": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/opening.ts";

export default {
  "story.opening.title": "Un país transformado, según sus propias cifras",
  "story.opening.description":
    "Con el presidente Nayib Bukele, el conteo oficial de asesinatos en El Salvador ha pasado de miles al año a unas decenas. ¿Qué hay detrás de esa caída y cuánto ha costado?",
  "story.opening.the-count":
    "En 2015 la Policía de El Salvador registró {n:slv-2015-count} homicidios, una tasa que el Gobierno sitúa hoy en {n:slv-2015-rate-gov} por cada 100,000 habitantes. En 2024 el Gobierno contabilizó {n:slv-2024-count}, una tasa de {n:slv-2024-rate}, y para 2025 anunció {n:slv-2025-count}. Desde 2019 el conteo oficial deja fuera a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos hallados en fosas clandestinas y las muertes bajo custodia, y el Gobierno no ha dicho si lo siguió haciendo en 2025: las cifras recientes son las del propio Gobierno, no un recuento completo ([lo que el conteo deja fuera](#the-missing)).",
  "story.opening.the-claim":
    "El Gobierno del presidente Nayib Bukele presenta esa caída como fruto de su guerra contra las pandillas: su ministro de Justicia y Seguridad Pública calificó 2023 como el año más seguro de la historia moderna del país ([según se informó entonces](source:slv_mjsp_2024)).",
  "story.opening.the-question":
    "Este reportaje se pregunta qué hay detrás. Sigue las cifras a través de los pactos secretos entre funcionarios y las pandillas MS-13 y Barrio 18 de los que han informado periodistas y autoridades de Estados Unidos y que el Gobierno niega; la ola de capturas masivas bajo un régimen de excepción vigente desde marzo de 2022; las muertes de reos bajo custodia del Estado; los asesinatos que el conteo oficial deja fuera; las ofensivas parecidas que otros gobiernos han emprendido después, y cómo terminaron las que El Salvador emprendió antes.",
} satisfies Record<keyof typeof en, string>;
