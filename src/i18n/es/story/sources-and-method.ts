/** Spanish words of the story's section "sources-and-method": heading, share description, prose and the list's heading: the same keys and {slots} as the English file. */
import type en from "../../en/story/sources-and-method.ts";

export default {
  "story.sources-and-method.title": "Fuentes y metodología",
  "story.sources-and-method.description":
    "Cada cifra del reportaje proviene de tablas de datos publicadas en las que cada fila indica su fuente; si las fuentes discrepan, se conservan todas las versiones y se explican los límites.",
  "story.sources-and-method.figures":
    "Cada cifra de este reportaje proviene de una tabla de los datos del proyecto, y cada fila de esas tablas indica su fuente. Cuando las fuentes discrepan, se conserva cada versión con su fuente y se marca la que usa el reportaje; la elección nunca se hace en silencio. Las cifras del Gobierno se identifican como tales. Las estimaciones hechas por otros se dibujan de modo que se vean como estimaciones. Las cifras que la investigación comprobó erróneas se conservan en los datos para que quede constancia ({rejected} filas), pero nunca se muestran.",
  "story.sources-and-method.versions":
    "Las fuentes a menudo no coinciden. La tasa de homicidios de El Salvador en 2015 tiene {slvCount} versiones publicadas, de {slvLow} a {slvHigh} por cada 100,000 habitantes; la de Honduras en 2024 va de {hndLow} a {hndHigh}, y la de Ecuador en 2023, de {ecuLow} a {ecuHigh}, según el conteo y la población que se usen. Las comparaciones de largo plazo usan la serie de la UNODC; para los años recientes se usan las cifras de cada gobierno, identificadas como tales. Las muertes bajo custodia se muestran organización por organización y nunca se suman.",
  "story.sources-and-method.limits":
    "Los límites importan. Desde 2019, el conteo oficial de homicidios de El Salvador deja fuera a las personas muertas en supuestos enfrentamientos con las fuerzas de seguridad, los cuerpos hallados en fosas clandestinas y las muertes bajo custodia, y varias series oficiales han dejado de publicarse o han quedado bajo reserva. Los totales de capturas son los registros de detenciones del propio Gobierno. Las incautaciones de drogas miden la acción de las autoridades, no el tráfico. Muchas fuentes se consultaron en copias republicadas; la lista de abajo enlaza a la copia consultada.",
  "story.sources-and-method.data-files": "Los archivos de datos, de libre reutilización siempre que se citen sus fuentes:",
  "story.sources-and-method.sources-heading": "Fuentes",
  "story.sources-and-method.undated": "s. f.",
  "story.sources-and-method.approximate": "hacia {date}",
  "story.sources-and-method.tested": "Cómo verificamos este sitio: velocidad, accesibilidad, enlaces y seguridad, con las cifras más recientes",
} satisfies Record<keyof typeof en, string>;
