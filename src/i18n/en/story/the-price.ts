/** English words of the story's section "the-price": heading, share description and prose. Every key starts with "story.the-price.". */
export default {
  "story.the-price.title": "The price: mass incarceration",
  "story.the-price.description":
    "Under the state of exception declared in 2022 the prison population more than doubled, and by the World Prison Brief's figures no country jails a larger share of its people.",
  "story.the-price.due-process":
    "The state of exception suspended basic guarantees of due process, and the police and army began arresting people by the thousand. The prison population is where that shows most clearly.",
  "story.the-price.price-before":
    "El Salvador already jailed many of its people. By the World Prison Brief's figures its prison population grew from {n:slv-prisoners-2002} in 2002 to {n:slv-prisoners-2018} in 2018, through the Mano Dura years and after.",
  "story.the-price.price-march-2022":
    "In March 2022, as the state of exception began, the Ministry of Justice and Security counted {n:slv-prisoners-2022-03} prisoners.",
  "story.the-price.price-2023":
    "By September 2023 the security minister put the number at close to {n:slv-prisoners-2023-09}, more than double in a year and a half. Prison statistics were later classified, according to the Salvadoran press.",
  "story.the-price.price-census":
    "The 2024 census counted {n:slv-prisoners-2024} people in prison, about {n:slv-prisoners-share-2024} per cent of the population.",
  "story.the-price.ranking":
    "By the World Prison Brief's figures, no country jails a larger share of its people than El Salvador. Its latest rate for El Salvador, {n:slv-rate-wpb-later} prisoners per 100,000 people, rests on a total of {n:slv-prisoners-wpb-2025} cited in May 2025. The World Prison Population List published in 2024 gave El Salvador {n:slv-rate-wppl}, a rate that rests on a count from May 2022, before most of the arrests; in that edition Cuba had {n:cub-rate-wppl}, Rwanda {n:rwa-rate-wppl}, Turkmenistan {n:tkm-rate-wppl} and the United States {n:usa-rate-wppl}.",
  "story.the-price.arrests":
    "The government reported {n:arrests-2025-03} arrests under the state of exception by the end of March 2025 and {n:arrests-2025-10} by late October. These are records of captures, which include people later released: the government said about {n:releases-2025-07} had been freed by July 2025. Minors were arrested too. Official data obtained by Human Rights Watch show {n:minors-2023-12} minors detained by the end of 2023; the security minister gave a much lower figure, {n:minors-2024-02}, in February 2024.",
  "story.the-price.cecot":
    "The symbol of the policy is CECOT, a mega-prison that received its first {n:cecot-first-transfer} prisoners in February 2023. The government says it can hold {n:cecot-capacity}; no independent check of that capacity has been published. Reported occupancy has been far lower: more than {n:cecot-2024-08} in August 2024, according to data reported by EFE.",
  "story.the-price.releases":
    "The government presents the people it has released as innocents ([EFE](source:pagina12_2025_07)). Amnesty International reported that {n:released-still-prosecuted-2024} per cent of those released were still being prosecuted, under measures other than prison. Some releases that judges ordered did not happen: El Faro documented {n:release-orders-ignored} people whom courts ordered freed and whom the prison service kept in custody or let out late, and {n:release-orders-deaths} of them died in custody ([El Faro](source:elfaro-2024-08-12)). One of them, Luis Armando Rodríguez, was still held in Quezaltepeque prison a month after a judge ordered his release on 16 May 2023; on 19 June he was taken to hospital, where he died two days later.",
  "story.the-price.popularity":
    "The crackdown is popular, and the polls suggest why. La Prensa Gráfica's polling unit, LPG Datos, found {n:lpg-2022-11-approval} per cent of Salvadorans approving of Bukele's administration in November 2022; {n:lpg-2022-11-security} per cent rated public security good or very good, against {n:lpg-2022-11-economy} per cent who rated the economy good ([EFE](source:efe-c360-2022-12)). At the end of 2025 its approval figure was {n:lpg-2025-12-approval} per cent. The polling institute of the Central American University, IUDOP, asks people to grade the president on a scale from zero to ten rather than to approve or disapprove: he scored {n:iudop-2025-12-grade} in December 2025, up from {n:iudop-2024-12-grade} a year earlier ([UCA](source:uca-2026-01-27)). In IUDOP's survey of 2023, {n:iudop-2023-better} per cent said the country was better than the year before, and nearly all of them credited the security policy. Yet in December 2025, {n:iudop-2025-12-free} per cent told IUDOP that people jailed that year, among them religious leaders, environmental activists and lawyers, should be freed if the evidence against them was lacking.",
};
