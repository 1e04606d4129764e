/** English words of the story's section "the-pact": heading, share description and prose. Every key starts with "story.the-pact.". */
export default {
  "story.the-pact.title": "The pact",
  "story.the-pact.description":
    "Journalists, the US Treasury and a US indictment allege that officials negotiated with gang leaders over fewer killings. The government denies that any pact was made.",
  "story.the-pact.the-evidence":
    "A fall in killings has coincided with a deal between the state and the gangs before: the truce of 2012. For the Bukele years, journalists, the United States government and former gang leaders have reported or alleged that officials negotiated with the gangs. Bukele's government denies that any deal was made.",
  "story.the-pact.pact-truce-2012":
    "In the 2012 truce, according to El Faro, which revealed the arrangement within a week, imprisoned leaders were moved to prisons with laxer regimes and the gangs in return promised fewer killings. The government of Mauricio Funes at first denied any role and acknowledged it in September 2012. In 2015 the Constitutional Chamber declared the gangs terrorist groups and ruled that negotiating with them was inadmissible.",
  "story.the-pact.pact-talks":
    "El Faro and InSight Crime later reported that Bukele's team at San Salvador's city hall, from 2015, had bargained with gangs over campaign access and the relocation of street vendors. In September 2020 [El Faro](source:elfaro-2020-09-06) published prison records that, it reported, showed that from 2019 prisons chief Osiris Luna and Carlos Marroquín, head of a government social programme, had met MS-13 leaders in prison to negotiate fewer homicides and electoral support for Bukele's party, Nuevas Ideas. The government denied it.",
  "story.the-pact.pact-sanctions":
    "On 8 December 2021 the US Treasury put sanctions on Luna and Marroquín. Its statement, as quoted by [CNN](source:cnn-2021-12-09), said that in 2020 the government had \"provided financial incentives\" to MS-13 and Barrio 18 to keep homicides low and that the gangs had agreed to back Nuevas Ideas. Bukele denied the allegations. A month earlier, according to El Faro, an MS-13 leader wanted by the United States had been released from prison in secret.",
  "story.the-pact.pact-breakdown":
    "In late March 2022 killings surged to the highest daily toll in at least two decades, and the state of exception followed. In audio recordings that [El Faro](source:elfaro-2022-05) published in May 2022, Marroquín can be heard blaming the security minister for the collapse of talks with MS-13 before the March killings, according to the newspaper.",
  "story.the-pact.pact-indictment":
    "A US indictment of MS-13's leadership, unsealed in February 2023, alleges that the gang reduced public killings and supported Nuevas Ideas in exchange for prison benefits and protection from extradition ([US Justice Department](source:doj-2023-02-23-copy)). These are allegations that have not been tried. In 2025 US prosecutors dropped terrorism charges against one of the leaders, citing foreign-policy considerations, and he was sent back to El Salvador; leaders of a Barrio 18 faction told El Faro that gangs had delivered votes for Bukele. The government denies any pact.",
};
