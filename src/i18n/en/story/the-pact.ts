/** English words of the story's section "the-pact": heading, share description and prose. Every key starts with "story.the-pact.". */
export default {
  "story.the-pact.title": "The pact",
  "story.the-pact.description":
    "Journalists, the US Treasury and a US indictment allege that officials negotiated with gang leaders over fewer killings. The government denies that any pact was made.",
  "story.the-pact.the-evidence":
    "Falls in killings have coincided before with deals between the state and the gangs. The evidence for the most recent one comes from journalists, from the United States government and from the gangs' own leaders. Bukele's government denies that any deal was made.",
  "story.the-pact.pact-truce-2012":
    "The 2012 truce was the template: imprisoned leaders were moved to easier prisons and, in return, the gangs promised fewer killings. El Faro revealed the arrangement within a week. In 2015 the Constitutional Chamber declared the gangs terrorist groups and ruled that negotiating with them was inadmissible.",
  "story.the-pact.pact-talks":
    "Press reports later accused Bukele's team at San Salvador's city hall, from 2015, of bargaining with gangs over campaign access and the relocation of street vendors. In September 2020 [El Faro](source:elfaro-2020-09-06) published prison records indicating that, from 2019, prisons chief Osiris Luna and Carlos Marroquín, head of a government social programme, had met MS-13 leaders in prison to negotiate fewer homicides and electoral support for Bukele's party, Nuevas Ideas.",
  "story.the-pact.pact-sanctions":
    "In December 2021 the US Treasury sanctioned Luna and Marroquín, saying they had led secret negotiations with MS-13 and Barrio 18 in exchange for lower homicides and political support ([Reuters](source:reuters-2021-12-08)). Bukele denied the allegations. A month earlier, according to El Faro, an MS-13 leader wanted by the United States had been released from prison in secret.",
  "story.the-pact.pact-breakdown":
    "In March 2022 the killings resumed at a scale not seen in two decades, and the state of exception followed. Audio recordings published by [El Faro](source:elfaro-2022-05) in May 2022 have Marroquín blaming the security minister for the breakdown of the talks with MS-13 that preceded the March killings.",
  "story.the-pact.pact-indictment":
    "A US indictment of MS-13's leadership, unsealed in February 2023, alleges that the gang reduced public killings and supported Nuevas Ideas in exchange for prison benefits and protection from extradition ([US Justice Department](source:doj-2023-02-23-copy)). These are allegations that have not been tried. In 2025 US prosecutors dropped terrorism charges against one of the leaders, who was sent back to El Salvador, and Barrio 18 leaders told El Faro that gangs had delivered votes for Bukele. The government denies any pact.",
  "story.the-pact.truce-trial":
    "While Bukele's government denied talks of its own, the courts tried the officials of the 2012 truce. In May 2023 a San Salvador court sentenced former president Mauricio Funes, tried in his absence because he lives in Nicaragua, to {n:truce-sentence-funes} years in prison for illicit association and breach of duty, and David Munguía Payés, his justice and security minister at the time of the truce, to {n:truce-sentence-munguia} years, with arbitrary acts added to the same charges ([Diario El Mundo](source:elmundo-2023-05-29-tregua)). Munguía Payés said he had been convicted for political reasons. The case against him had begun in July 2020.",
  "story.the-pact.denials":
    "The government has answered reports of its own talks with denials. When El Faro published the prison records in September 2020, Bukele called the report a sham and the prisons chief, Osiris Luna, said it was false, while the Attorney General at the time, Raúl Melara, said he would investigate ([Reuters](source:reuters-2020-09-04)). Melara was one of the officials the new Assembly removed in May 2021.",
};
