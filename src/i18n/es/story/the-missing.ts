/** Spanish words of the story's section "the-missing": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-missing.ts";

export default {
  "story.the-missing.title": "Lo que el conteo deja fuera",
  "story.the-missing.description":
    "Desde 2019 el conteo oficial de homicidios deja fuera a los muertos en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos de fosas clandestinas y las muertes bajo custodia.",
  "story.the-missing.the-rules":
    "Un conteo de homicidios es tan completo como sus reglas. En julio de 2019, semanas después de que Bukele asumiera la presidencia, la Policía le comunicó que el recuento diario dejaría de incluir a los supuestos pandilleros muertos en presuntos enfrentamientos con las fuerzas de seguridad y los cuerpos recuperados de fosas clandestinas, según [InSight Crime](source:insight_brief_2019). [Foreign Policy](source:fp_giles_2024) sitúa en mayo de 2021 la exclusión formal de los cuerpos hallados en fosas, acordada por una mesa técnica interinstitucional, y describe nuevas exclusiones a partir de abril de 2022; [La Prensa Gráfica](source:lpg_2022) informó en julio de 2022 de que las muertes de reos no se registraban como homicidios. Ninguna de las fuentes que usa este reportaje recoge una razón oficial para esas exclusiones. El Instituto de Medicina Legal dejó de actualizar sus datos públicos en marzo de 2022, y [Reuters](source:reuters_2022) encontró que sus registros de cuerpos sacados de fosas eran más altos que los de la Fiscalía antes de que las cifras quedaran bajo reserva.",
  "story.the-missing.missing-official":
    "Las barras muestran el conteo oficial: {n:slv-2019-count} homicidios en 2019, {n:slv-2022-count} en 2022 y {n:slv-2024-count} en 2024. Son las cifras que cita el Gobierno y las que usan las comparaciones internacionales.",
  "story.the-missing.missing-2022":
    "Para 2022, el Observatorio Universitario de Derechos Humanos de la Universidad Centroamericana (UCA) sumó lo que el conteo excluía, según la nota de El Mundo sobre su estudio: {n:oudh-2022-confrontations} pandilleros muertos en enfrentamientos, según las propias publicaciones de la Policía; {n:oudh-2022-graves} cuerpos hallados en fosas clandestinas, y {n:oudh-2022-prison}, la mitad de las muertes violentas reportadas en las cárceles. Su total, {n:oudh-2022-total}, equivale a una tasa de {n:oudh-2022-rate} y no de {n:slv-2022-rate}. Es uno de varios escenarios que planteó el observatorio, no un conteo.",
  "story.the-missing.missing-2023":
    "Para 2023 el conteo oficial es de {n:slv-2023-count}. El periódico El Mundo, al sumar los pandilleros que la Policía dijo haber abatido, llegó a {n:elmundo-2023-count}. Un análisis de Foreign Policy estimó unos {n:fp-2023-count} homicidios, una tasa de {n:fp-2023-rate} frente a la oficial de {n:slv-2023-rate}. Ninguna de las dos es una cifra oficial; el Gobierno no ha publicado ninguna cifra de lo que su conteo deja fuera.",
  "story.the-missing.missing-all":
    "Aun con la más alta de estas estimaciones, la tasa de homicidios de El Salvador ha caído de forma pronunciada desde 2015. Lo que cambian estos vacíos es la magnitud de la caída más reciente y si las cifras oficiales pueden tomarse al pie de la letra. Las fuentes oficiales también difieren entre sí: un recuento periodístico de las publicaciones diarias de la Policía para 2024 llegó a {n:slv-2024-tally}, frente a los {n:slv-2024-count} de la Fiscalía General de la República.",
  "story.the-missing.disappearances":
    "Las desapariciones son otro vacío. Informes policiales filtrados que publicó [Revista Elementos](source:elementos_2023) registraban en abril de 2022 más asesinatos de los que se anunciaron, y decenas de denuncias de personas desaparecidas en esas mismas semanas. Una persona desaparecida cuyo cuerpo no se encuentra no se cuenta como víctima de homicidio.",
} satisfies Record<keyof typeof en, string>;
