/**
 * Spanish words of the teachers' page (/es/teach/): the same keys as the English file. The data
 * files stay in English, so the activities write column names and values as the files do and
 * gloss them in brackets the first time an activity uses them.
 */
import type en from "../en/teach.ts";

export default {
  "teach.page.title": "Para docentes",
  "teach.page.description":
    "Objetivos de aprendizaje, resúmenes de cada sección, preguntas para el debate y actividades con hoja de cálculo para enseñar con “{story}”, un reportaje de datos sobre los homicidios, los pactos con las pandillas denunciados y el encarcelamiento masivo bajo el Gobierno de Nayib Bukele.",
  "teach.lede":
    "Notas para enseñar con {story}, un reportaje de datos sobre lo que hay detrás de la caída de los homicidios registrados en El Salvador bajo el Gobierno de Nayib Bukele. Cada sección del reportaje tiene aquí abajo un bloque con un resumen breve, su gráfico principal, preguntas para el debate y una actividad con hoja de cálculo a partir de los propios datos del reportaje. Cada bloque puede enlazarse, imprimirse o proyectarse por separado.",
  "teach.goals.heading": "Objetivos de aprendizaje",
  "teach.goals.intro": "Después de trabajar con el reportaje, los estudiantes deberían ser capaces de:",
  "teach.goal.1": "Leer un gráfico de tasas a lo largo del tiempo y explicar por qué se usan tasas por cada 100,000 habitantes para comparar años y países.",
  "teach.goal.2": "Comparar varias versiones publicadas de una misma cifra, identificar quién produjo cada una y proponer por qué difieren.",
  "teach.goal.3": "Explicar qué cuenta una estadística oficial y qué deja fuera, y cómo un cambio en las reglas de conteo puede cambiar una tendencia.",
  "teach.goal.4":
    "Distinguir entre lo que afirma un gobierno, lo que han encontrado periodistas y organizaciones de derechos humanos, y las acusaciones que ningún tribunal ha juzgado.",
  "teach.goal.5":
    "Sopesar la caída de los homicidios registrados frente a los costos que el reportaje documenta para los derechos, el debido proceso y el Estado de derecho.",
  "teach.goal.6": "Filtrar, ordenar y graficar en una hoja de cálculo una tabla de datos publicada, y citar la fuente de cada cifra utilizada.",
  "teach.age.heading": "Edad sugerida",
  "teach.age.range": "15–18 años y educación de adultos",
  "teach.age.reason":
    "El reportaje trata sobre violencia, muertes bajo custodia y temas políticos en disputa, y pide a quien lo lee comparar fuentes y leer los gráficos con atención.",
  "teach.hint":
    "Cada actividad requiere una hoja de cálculo y unos veinte minutos. Los archivos de datos están en inglés: las actividades escriben los nombres de las columnas y sus valores (como true, verdadero, o false, falso) tal como aparecen en los archivos, con su significado entre paréntesis. Las columnas de cada archivo se describen, en inglés, en {readme}.",
  "teach.toc.heading": "Las secciones",
  "teach.block.kicker": "Sección {n} de {total}",
  "teach.block.story-link": "Leer esta sección en el reportaje",
  "teach.block.questions": "Preguntas para el debate",
  "teach.block.activity": "Actividad con datos",
  "teach.activity.file": "Archivo",
  "teach.activity.files": "Archivos",
  "teach.activity.columns": "Columnas",
  "teach.activity.columns-in": "(en {file})",
  "teach.opening.summary":
    "El Gobierno de El Salvador informa que los homicidios cayeron desde un máximo en 2015 hasta una mínima fracción de ese nivel en 2024 y 2025, y atribuye el mérito a su campaña contra las pandillas. El reportaje se propone examinar qué hay detrás de esa cifra oficial y qué ha costado esa política.",
  "teach.opening.q1":
    "El título de la sección precisa que el país se transformó según sus propias cuentas. ¿Por qué el reportaje subraya de quién son esas cuentas?",
  "teach.opening.q2": "¿Qué convendría saber antes de aceptar la cifra de un gobierno sobre una caída del delito?",
  "teach.opening.q3": "¿Qué otros tipos de fuente podrían confirmar o poner en duda una cifra oficial sobre el delito?",
  "teach.opening.aim": "Ver de dónde provienen, año por año, las cifras en las que se apoya el reportaje.",
  "teach.opening.step1":
    "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es SLV (El Salvador) y preferred (la versión preferida) es true (verdadero): queda una fila por año, con la cifra que usa el reportaje.",
  "teach.opening.step2":
    "Hacer un gráfico de líneas de rate_per_100k (la tasa por cada 100,000 habitantes) según year (el año). Un año sin tasa (la fuente solo dio un conteo) se deja en blanco.",
  "teach.opening.step3":
    "Usar la columna series (la serie: unodc para la UNODC, official para el Gobierno) para marcar qué años vienen de la UNODC y cuáles del Gobierno. ¿En qué año cambia la fuente? ¿Podría ese cambio, por sí solo, afectar la tendencia?",
  "teach.the-fall.summary":
    "La tasa de homicidios de El Salvador subió y bajó, pero se mantuvo muy alta durante años después del fin de la guerra civil en 1992, durante las campañas de Mano Dura y una efímera tregua entre pandillas en 2012, y alcanzó su máximo en 2015. El descenso comenzó antes de que Nayib Bukele asumiera la presidencia en 2019 y, según las cifras del Gobierno, se volvió mucho más pronunciado tras la entrada en vigor del régimen de excepción en 2022. Según la UNODC, El Salvador pasó de tener en 2015 la tasa más alta de los países vecinos del gráfico (la UNODC no tiene cifra de Guatemala ese año) a tener la más baja de los seis en 2022.",
  "teach.the-fall.q1":
    "El gráfico sigue la serie comparable de la UNODC hasta que se interrumpe, y después las cifras propias del Gobierno. ¿Qué se gana y qué se pierde cuando un gráfico cambia de fuente?",
  "teach.the-fall.q2": "La tasa ya venía bajando antes de 2019. ¿Qué sugiere esa cronología sobre atribuir el mérito a una sola política o a un solo gobierno?",
  "teach.the-fall.q3":
    "A la Mano Dura, a la tregua y al régimen de excepción les siguió, en cada caso, una tendencia distinta. Además de la acción policial, ¿qué otros factores podrían hacer subir o bajar una tasa de homicidios?",
  "teach.the-fall.aim": "Comparar, por fuente, las versiones publicadas de una misma cifra: la tasa de homicidios de El Salvador en su peor año.",
  "teach.the-fall.step1": "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es SLV (El Salvador) y year (el año) es 2015.",
  "teach.the-fall.step2":
    "Anotar, para cada fila, rate_per_100k (la tasa por cada 100,000 habitantes), count (el número de homicidios) y series (la serie). ¿Qué versión da la tasa más alta y cuál la más baja? ¿Cuánta distancia hay entre ellas?",
  "teach.the-fall.step3":
    "Buscar la fila en la que preferred (la versión preferida) es true (verdadero): la versión que usa el reportaje. Proponer por qué pudo haber sido elegida.",
  "teach.the-fall.step4": "Buscar dos de los valores de source_id (el identificador de la fuente) en /data/sources.csv para ver quién los publicó.",
  "teach.the-missing.summary":
    "Desde 2019, según las publicaciones de prensa que cita el reportaje, el conteo oficial de homicidios de El Salvador ha dejado fuera algunos tipos de muerte: presuntos pandilleros muertos en supuestos enfrentamientos con las fuerzas de seguridad, cuerpos hallados en fosas clandestinas y muertes bajo custodia, y no se encontró ninguna razón oficial para esas exclusiones. Investigadores y periodistas han hecho estimaciones que vuelven a sumar algunas de esas muertes; son más altas que el conteo oficial, pero también muestran una fuerte caída desde 2015. El Gobierno no ha publicado ninguna cifra sobre lo que su conteo deja fuera.",
  "teach.the-missing.q1": "¿Por qué importa qué muertes incluye un conteo de homicidios, y quién debería fijar las reglas?",
  "teach.the-missing.q2":
    "Las estimaciones provienen de un observatorio universitario, de un periódico y del análisis de una revista. ¿Cómo juzgar cuánta confianza merece cada una?",
  "teach.the-missing.q3":
    "Si el total real fuera mayor que el conteo oficial, ¿cambiaría la conclusión principal del reportaje, o solo la magnitud de la caída?",
  "teach.the-missing.aim": "Poner el conteo oficial junto a las estimaciones de lo que ese conteo deja fuera.",
  "teach.the-missing.step1": "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es SLV (El Salvador) y year (el año) es 2022 o 2023.",
  "teach.the-missing.step2":
    "Poner las filas cuya series (la serie) es official (cifra oficial) junto a las que tienen alternative (estimación alternativa) o press-tally (conteo propio de un periódico), y ordenar las filas de cada año según count (el número de homicidios).",
  "teach.the-missing.step3":
    "En cada fila no oficial, leer la columna note (la nota): ¿qué sumó al conteo oficial, y se trata de un conteo o de una estimación? Calcular cuánto supera cada una al conteo oficial.",
  "teach.the-pact.summary":
    "Una caída de los homicidios en El Salvador ya coincidió antes con un acuerdo entre funcionarios y pandillas, durante la tregua de 2012. Sobre los años de Bukele, periodistas, el Departamento del Tesoro de Estados Unidos y una acusación formal presentada en Estados Unidos sostienen que funcionarios negociaron con líderes de las pandillas menos homicidios y apoyo político a cambio de beneficios para las pandillas. Las imputaciones de esa acusación formal no se han juzgado en un tribunal, y el Gobierno niega que haya existido pacto alguno.",
  "teach.the-pact.q1":
    "¿Qué tipos de evidencia presenta el reportaje: registros penitenciarios, grabaciones, sanciones, una acusación formal, entrevistas? ¿Cuál resulta más sólida, y por qué?",
  "teach.the-pact.q2": "¿Cómo debería informar un medio sobre una acusación que los señalados niegan y que ningún tribunal ha juzgado?",
  "teach.the-pact.q3": "¿Por qué podría un gobierno negociar con grupos criminales, y qué riesgos implica hacerlo en secreto?",
  "teach.the-pact.aim": "Clasificar los hechos del presunto pacto según quién sostiene cada uno.",
  "teach.the-pact.step1":
    "Filtrar la tabla para dejar las filas cuya category (la categoría) es pact (pacto), us-policy (política de Estados Unidos) o us-justice (justicia de Estados Unidos), y ordenarlas por date (la fecha).",
  "teach.the-pact.step2":
    "Para cada hecho, anotar de quién es la afirmación en la que se basa: el Gobierno, periodistas, el Gobierno de Estados Unidos o los líderes de las pandillas. Usar la columna description (la descripción) y buscar quién publicó cada fuente en /data/sources.csv a partir de source_ids (los identificadores de las fuentes).",
  "teach.the-pact.step3":
    "Marcar cada hecho como una acción documentada (un traslado, una sanción, un informe publicado) o como una acusación. ¿Qué hechos quedan en cada grupo?",
  "teach.the-price.summary":
    "El régimen de excepción suspendió algunas garantías del debido proceso, y la Policía y la Fuerza Armada detuvieron a personas en cantidades enormes, entre ellas menores de edad. Según cifras del Gobierno, la población carcelaria se duplicó con creces en año y medio y, según las del World Prison Brief, ningún país encarcela a una proporción mayor de su población. Los totales de capturas del Gobierno incluyen a personas que luego fueron liberadas, y una nueva megacárcel, el CECOT, se convirtió en el símbolo de esa política.",
  "teach.the-price.q1":
    "El reportaje ofrece varias tasas de encarcelamiento para El Salvador, de distintas fechas y fuentes. ¿Por qué importa cuándo se contó una cifra?",
  "teach.the-price.q2":
    "Los totales de capturas incluyen a personas que después fueron liberadas. ¿Por qué un conteo de capturas no equivale al número de personas presas?",
  "teach.the-price.q3":
    "¿Qué derechos se ven afectados cuando se suspenden las garantías del debido proceso, y quién debería vigilar cómo se usan esos poderes?",
  "teach.the-price.aim": "Graficar la población carcelaria y ver por qué difieren las tasas de encarcelamiento publicadas.",
  "teach.the-price.step1":
    "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es SLV (El Salvador) y preferred (la versión preferida) es true (verdadero), y graficar prisoners (el número de personas presas) según date (la fecha). ¿En qué punto la columna series (la serie) pasa de wpb (World Prison Brief) a official (cifra oficial)?",
  "teach.the-price.step2":
    "Luego, filtrar las filas de SLV con fecha de 2024 que tengan un valor en rate_per_100k (la tasa por cada 100,000 habitantes). Anotar las tasas y sus fuentes.",
  "teach.the-price.step3":
    "Leer la columna note (la nota) de cada una de esas filas y las advertencias sobre la población carcelaria en /data/README.md: ¿en qué conteo y en qué población se basa cada tasa?",
  "teach.deaths-in-custody.summary":
    "Hay personas que han muerto bajo custodia del Estado desde las primeras semanas del régimen de excepción. El Gobierno no ha publicado un recuento de muertes, así que las cifras provienen de organizaciones de derechos humanos, cada una de las cuales cuenta con su propio método las muertes que puede verificar. Sus conteos difieren, y el reportaje los muestra por separado en lugar de sumarlos.",
  "teach.deaths-in-custody.q1": "¿Por qué difieren los conteos de las organizaciones, y por qué sería un error sumarlos?",
  "teach.deaths-in-custody.q2":
    "¿A quién le corresponde registrar las muertes bajo custodia del Estado, y qué significa que no se publique ninguna cifra oficial?",
  "teach.deaths-in-custody.q3":
    "Una organización afirma que el total real podría ser muy superior a las muertes que ha confirmado. ¿Cómo podría alguien verificar una afirmación así?",
  "teach.deaths-in-custody.aim": "Seguir en el tiempo el conteo de cada organización, sin mezclarlos.",
  "teach.deaths-in-custody.step1":
    "Filtrar la tabla para dejar las filas en las que measure (la medida) es deaths-in-custody-cumulative (muertes bajo custodia, acumuladas), y ordenarlas por counted_by (quién hizo el conteo) y por date (la fecha).",
  "teach.deaths-in-custody.step2":
    "Graficar value (el valor) según date, con una línea para cristosal (Cristosal) y otra para sjh (Socorro Jurídico Humanitario), las dos organizaciones con más filas. Dejar fuera las filas en las que preferred (la versión preferida) es false (falso), y leer sus notas para ver por qué.",
  "teach.deaths-in-custody.step3":
    "Revisar la columna qualifier (cómo formuló la fuente la cifra): ¿qué cifras son exactas (exact), cuáles aproximadas (approx) y cuáles un mínimo (floor)? ¿Cómo debería redactarse cada una en una oración?",
  "teach.rule-of-law.summary":
    "La ofensiva contra las pandillas vino acompañada de una concentración del poder: soldados y policías entraron en la Asamblea Legislativa en 2020 y, después de que el partido de Bukele obtuviera una mayoría de dos tercios en 2021, la nueva Asamblea destituyó a los magistrados de la Sala de lo Constitucional y al fiscal general. La Sala, con su nueva integración, resolvió que un presidente en funciones podía buscar la reelección inmediata, aunque el Departamento de Estado de EE. UU. afirmó que la Constitución prohíbe claramente los mandatos consecutivos; Bukele ganó un segundo mandato en 2024 y, en 2025, la Asamblea aprobó la reelección indefinida.",
  "teach.rule-of-law.q1": "¿Qué papel cumplen unos tribunales independientes y un fiscal general independiente como contrapeso al poder de un gobierno?",
  "teach.rule-of-law.q2":
    "Bukele ganó la reelección con una amplia mayoría de los votos válidos. ¿Cómo sopesar el apoyo popular frente a los límites al poder que fija una constitución?",
  "teach.rule-of-law.q3": "¿Qué hechos del gráfico cambiaron las reglas mismas, y no solo quién ocupaba el cargo?",
  "teach.rule-of-law.aim": "Construir una línea de tiempo de los cambios en quién ejerce el poder y en las reglas.",
  "teach.rule-of-law.step1":
    "Filtrar la tabla para dejar las filas cuya category (la categoría) es courts (tribunales), elections (elecciones) o democracy (democracia), con fecha de 2019 en adelante, y ordenarlas por date (la fecha).",
  "teach.rule-of-law.step2":
    "Para cada hecho, decidir si cambió quién ocupa el cargo o si cambió las reglas (los tribunales, los límites a los mandatos, la forma de reformar la Constitución).",
  "teach.rule-of-law.step3":
    "Dibujar una línea de tiempo con los dos tipos de hecho en dos filas. Leer la columna note (la nota) por si hay detalles en disputa.",
  "teach.the-spread.summary":
    "Las dos pandillas en el centro del reportaje nacieron en Los Ángeles y llegaron a Centroamérica con las deportaciones desde Estados Unidos en la década de 1990. Llegaron a tener una membresía masiva en El Salvador y Honduras y estructuras duraderas en Guatemala y México; en El Salvador, InSight Crime consideró en diciembre de 2023 que la ofensiva las había desarticulado en gran medida, mientras que en otros países la evidencia va desde células documentadas hasta afirmaciones en disputa, y el número documentado de pandilleros capturados en el extranjero desde el inicio de la ofensiva se cuenta por cientos. Las incautaciones de droga que informa el Gobierno reflejan tanto la labor de las autoridades como el propio tráfico, y no se encontró ninguna estimación independiente de la droga que pasa por El Salvador.",
  "teach.the-spread.q1":
    "El mapa califica qué tan sólida es la evidencia sobre cada pandilla en cada país. ¿Por qué eso es más cuidadoso que simplemente marcar dónde una pandilla “está presente”?",
  "teach.the-spread.q2": "¿Empujó la ofensiva a pandilleros hacia el extranjero? ¿Qué evidencia ofrece el reportaje, y qué más haría falta saber?",
  "teach.the-spread.q3": "¿Por qué la cantidad de droga incautada podría decir tanto sobre la labor policial como sobre el narcotráfico?",
  "teach.the-spread.aim": "Resumir dónde se reporta la presencia de cada pandilla y qué tan sólida es la evidencia.",
  "teach.the-spread.step1":
    "Hacer una tabla dinámica que cuente países, con presence (el grado de presencia) en las filas y gang (la pandilla) en las columnas. (En El Salvador, las dos facciones del Barrio 18 tienen filas propias.)",
  "teach.the-spread.step2":
    "Usar /data/countries.csv para convertir los códigos iso3 (el código del país) en nombres de países, haciendo coincidir la columna iso3 de ambos archivos. Los nombres de ese archivo están en inglés.",
  "teach.the-spread.step3":
    "Buscar la fila en la que disputed (en disputa) es true (verdadero) y leer su columna evidence (la evidencia): ¿quién hizo la afirmación y quién la disputa?",
  "teach.the-copycats.summary":
    "Honduras declaró un estado de excepción parcial en 2022, y Ecuador declaró un “conflicto armado interno” contra grupos criminales en 2024; ambos adoptaron medidas parecidas a las de El Salvador. Por ahora, los resultados son dispares: según cifras oficiales, la tasa de Honduras siguió bajando, en continuidad con un descenso que había comenzado antes, mientras que la de Ecuador bajó en 2024, según cifras policiales, y luego, según el conteo de InSight Crime, subió hasta un récord en 2025.",
  "teach.the-copycats.q1":
    "La tasa de Honduras ya venía bajando antes de su estado de excepción. ¿Cómo saber si una política causó un cambio que ya había comenzado?",
  "teach.the-copycats.q2": "¿Por qué un enfoque que pareció funcionar en un país podría tener resultados distintos en otro?",
  "teach.the-copycats.q3": "Además de los homicidios, ¿qué convendría medir antes de juzgar si el enfoque funcionó?",
  "teach.the-copycats.aim": "Comprobar si la tendencia de los homicidios cambió después de la declaración de cada país.",
  "teach.the-copycats.step1":
    "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es HND (Honduras) o ECU (Ecuador) y year (el año) es 2018 o posterior.",
  "teach.the-copycats.step2":
    "Para cada país y año, quedarse con la fila en la que preferred (la versión preferida) es true (verdadero); para 2025, año en que ninguna es la preferida, quedarse con la fila cuya series (la serie) es insight y rotularla como cifra de InSight Crime.",
  "teach.the-copycats.step3":
    "Graficar las tasas de ambos países y marcar la declaración de Honduras (diciembre de 2022) y la de Ecuador (enero de 2024). ¿Cambió alguna de las dos tendencias después de la declaración?",
  "teach.mano-duras-record.summary":
    "El Salvador ya ha probado antes las capturas masivas: tras las campañas de Mano Dura y Súper Mano Dura de 2003 y 2004 las cárceles se llenaron, pero la tasa de homicidios no bajó y las pandillas sobrevivieron. Menos de una década después, sus líderes encarcelados estaban en el centro de la tregua de 2012. El reportaje se pregunta si la ofensiva actual, mucho más amplia, que InSight Crime consideró en diciembre de 2023 que había desarticulado en gran medida a las pandillas, perdurará más allá del régimen de excepción, y si las cifras que la miden pueden verificarse.",
  "teach.mano-duras-record.q1":
    "Pensando en lo que ocurre dentro de las cárceles, ¿por qué encarcelar a más personas podría no reducir la violencia de las pandillas?",
  "teach.mano-duras-record.q2": "¿Qué tiene de distinto la ofensiva actual, y en qué se parece a las anteriores?",
  "teach.mano-duras-record.q3": "¿Qué evidencia, reunida durante cuántos años, mostraría si la caída actual se sostiene?",
  "teach.mano-duras-record.aim": "Comparar el crecimiento de la población carcelaria con la tasa de homicidios en los años de Mano Dura.",
  "teach.mano-duras-record.step1":
    "Filtrar la tabla para dejar las filas en las que iso3 (el código del país) es SLV (El Salvador), series (la serie) es wpb (World Prison Brief) y preferred (la versión preferida) es true (verdadero), y graficar prisoners (el número de personas presas) según date (la fecha).",
  "teach.mano-duras-record.step2": "Calcular cuántas veces mayor era la población carcelaria en 2014 que en 2002.",
  "teach.mano-duras-record.step3":
    "En /data/homicide-rates.csv, filtrar iso3 SLV y series unodc (la serie de la UNODC) para los mismos años, y graficar rate_per_100k (la tasa por cada 100,000 habitantes). ¿Bajó la tasa de homicidios a medida que se llenaban las cárceles?",
  "teach.sources-and-method.summary":
    "Todas las cifras del reportaje provienen de las tablas de datos publicadas por el proyecto, en las que cada fila indica su fuente. Cuando las fuentes no coinciden se conservan todas las versiones y se marca la que usa el reportaje, y las cifras que resultaron erróneas se guardan como registro, pero nunca se muestran. La sección también expone los límites de los datos, como lo que excluyen los conteos oficiales y por qué las capturas no equivalen a personas presas.",
  "teach.sources-and-method.q1": "¿Por qué el reportaje conserva las versiones de una cifra que no usa, e incluso cifras que resultaron erróneas?",
  "teach.sources-and-method.q2": "Muchas fuentes se consultaron en copias republicadas. ¿Qué riesgos tiene fiarse de una copia, y cómo se podría verificar?",
  "teach.sources-and-method.q3": "¿Cómo se podría rastrear una cifra del reportaje hasta el lugar donde se publicó por primera vez?",
  "teach.sources-and-method.aim": "Auditar los datos: encontrar las cifras que fueron rechazadas, y por qué.",
  "teach.sources-and-method.step1":
    "Filtrar la tabla para dejar las filas en las que status (el estado de la fila) es rejected (rechazada), y leer la columna note (la nota) de cada una: ¿por qué se rechazó la cifra?",
  "teach.sources-and-method.step2":
    "Buscar en /data/sources.csv el source_id (el identificador de la fuente) de cada fila rechazada. ¿Quién publicó esa fuente?",
  "teach.sources-and-method.step3":
    "En /data/sources.csv, contar las fuentes cuya columna notes (notas) contiene la palabra SECONDARY (secundaria). ¿Qué indica esa palabra sobre cómo se consultó la fuente?",
  "teach.cite.heading": "Cómo citar",
  "teach.cite.whole-label": "El reportaje completo:",
  "teach.cite.section-label": "Una sección, por ejemplo “{section}”:",
  "teach.cite.whole": "“{work}”, {url}, consultado el [fecha].",
  "teach.cite.section": "“{section}”, en “{work}”, {url}, consultado el [fecha].",
  "teach.cite.replace-date": "Sustituya [fecha] por el día en que consultó la página.",
  "teach.cite.corrections":
    "Corregimos el reportaje cuando encontramos un error y anotamos cada corrección de fondo en sus {log}; se actualizó por última vez el {date}. Revise la lista antes de repartir el reportaje.",
  "teach.cite.corrections-log": "correcciones y actualizaciones",
  "teach.licence":
    "Los textos y gráficos del reportaje se publican bajo la licencia CC BY 4.0: puede copiarlos, imprimirlos, proyectarlos y adaptarlos, por ejemplo en materiales para clase, siempre que cite el reportaje. Los datos conservan las condiciones de sus fuentes: cite la fuente indicada en cada fila, que figura en {sources}.",
  "teach.evidence.heading": "En todo el reportaje: cómo valorar la información de organizaciones bajo presión",
  "teach.evidence.intro":
    "Buena parte de la información del reportaje proviene de El Faro, un periódico, y de organizaciones de derechos humanos como Cristosal. Teléfonos de parte de su personal fueron infectados con un programa espía entre 2020 y 2021, según Citizen Lab; una abogada de Cristosal fue capturada en 2025; una nueva ley grava los fondos del exterior de las organizaciones que clasifica como agentes extranjeros, y Cristosal y varios periodistas de El Faro trabajan ahora desde el extranjero, como expone la sección “Fuentes y metodología”. Este ejercicio pregunta cómo debería cambiar eso la forma en que leemos sus hallazgos y las respuestas del Gobierno.",
  "teach.evidence.q1":
    "El Faro y Cristosal mantienen disputas públicas con el Gobierno sobre el que informan. ¿Eso hace que sus datos sean menos fiables, más valiosos o ninguna de las dos cosas? ¿Qué comprobarías antes de confiar en ellos?",
  "teach.evidence.q2":
    "El Gobierno niega cualquier vínculo con el programa espía y niega que se torture a los detenidos. Los análisis forenses confirmaron las infecciones, pero no quién las ordenó, y la mayoría de los testimonios de tortura no pueden verificarse de forma independiente. ¿Cómo puede un lector sopesar un desmentido frente a una denuncia cuando solo una parte se puede comprobar?",
  "teach.evidence.q3":
    "Si las organizaciones que documentan abusos tienen que trabajar desde el exterior, ¿qué se vuelve más difícil de saber y quién más podría averiguarlo?",
  "teach.evidence.aim":
    "Poner lo que les ocurrió a las fuentes del reportaje junto a las cifras que produjeron, y distinguir lo comprobado de lo que solo se ha denunciado.",
  "teach.evidence.step1":
    "Filtra /data/timeline.csv para dejar las filas cuya category (categoría) es civic-space y ordénalas por date (fecha). En cada hecho, anota quién actuó: el Gobierno, la Asamblea, la Fiscalía o la policía, la propia organización, otra persona o entidad, o nadie identificado.",
  "teach.evidence.step2":
    "Filtra /data/state-of-exception.csv para dejar las filas cuyo counted_by (quién cuenta) es cristosal y busca la fecha de su cifra más reciente. ¿Qué hechos del paso 1 ocurrieron antes y cuáles después?",
  "teach.evidence.step3":
    "Lee la note (nota) de cada fila civic-space y la columna note de /data/context-figures.csv. ¿Qué afirmaciones se dan por comprobadas, cuáles como denunciadas o supuestas, y quién las niega? Escribe una oración sobre un hecho en la que un lector pueda confiar, diciendo quién afirma qué.",
} satisfies Record<keyof typeof en, string>;
