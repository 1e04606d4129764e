/** Spanish words of the story's section "the-spread": heading, share description and prose: the same keys as the English file. */
import type en from "../../en/story/the-spread.ts";

export default {
  "story.the-spread.title": "La expansión",
  "story.the-spread.description":
    "Las dos grandes pandillas de El Salvador nacieron en Los Ángeles y llegaron a Centroamérica con las deportaciones desde EE. UU. en los noventa. Dónde están hoy y qué muestran las pruebas.",
  "story.the-spread.intro":
    "La MS-13 y el Barrio 18 nacieron en Los Ángeles y llegaron a Centroamérica con las deportaciones de los años noventa. El mapa muestra dónde se reporta su presencia hoy y qué tan sólidas son las pruebas.",
  "story.the-spread.spread-ms13":
    "La MS-13 llegó a tener una membresía masiva en El Salvador y Honduras, estructuras duraderas en Guatemala y México y, más lejos, células más pequeñas documentadas en operativos policiales; en El Salvador, InSight Crime consideró en diciembre de 2023 que la ofensiva había desarticulado en gran medida a las pandillas. En otros países, su presencia se sostiene en afirmaciones o en capturas aisladas; en Chile, donde un funcionario salvadoreño dijo que se habían asentado células, las propias autoridades chilenas afirmaron no tener pruebas de ello.",
  "story.the-spread.spread-barrio18":
    "El Barrio 18, dividido en El Salvador en dos facciones, es más fuerte en El Salvador, Honduras y Guatemala. Ningún reporte confiable ubica estructuras de ninguna de las dos pandillas en Ecuador ni en Colombia.",
  "story.the-spread.spread-rates":
    "Donde las pandillas son fuertes no siempre es donde más se mata. De las tasas de homicidios que muestra el mapa, la más reciente de cada país, la más alta es la de Ecuador, donde ninguna de las dos pandillas está asentada: {n:ecu-2024-rate} por cada 100,000 habitantes en 2024, según cifras policiales.",
  "story.the-spread.abroad":
    "¿Empujó la ofensiva a los pandilleros fuera del país? Los casos documentados se cuentan por cientos, no por miles. Las autoridades mexicanas detuvieron en Chiapas a {n:abroad-chiapas-2022} presuntos miembros de ambas pandillas en los primeros nueve meses de 2022; Guatemala capturó a {n:abroad-guatemala-2022} pandilleros salvadoreños ese año. InSight Crime consideró que la alarma regional era desproporcionada frente a las capturas ([junio de 2022](source:insight-2022-06-exodus)). En marzo de 2025, Estados Unidos envió en avión a El Salvador a {n:abroad-cecot-flights-2025} presuntos miembros de la MS-13, junto con deportados venezolanos con destino al CECOT.",
  "story.the-spread.drugs":
    "El narcotráfico es más difícil de medir. Lo que el Gobierno reporta son incautaciones, que reflejan tanto la acción de las autoridades como el propio tráfico. Las incautaciones de cocaína pasaron de {n:seizure-cocaine-2019} toneladas en 2019 a casi {n:seizure-cocaine-2021} en 2021 y, según el ministro de la Defensa, a {n:seizure-cocaine-sea-2024} en el mar en 2024; en marzo de 2025, Bukele habló de {n:seizure-cocaine-bukele-2025} toneladas, sin que quede claro a qué período se refería. No se encontró ninguna estimación independiente de la cocaína que pasa cada año por El Salvador.",
} satisfies Record<keyof typeof en, string>;
