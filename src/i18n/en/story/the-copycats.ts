/** English words of the story's section "the-copycats": heading, share description and prose. Every key starts with "story.the-copycats.". */
export default {
  "story.the-copycats.title": "Similar crackdowns nearby",
  "story.the-copycats.description":
    "Honduras and Ecuador adopted measures like El Salvador's. By official figures Honduras's homicide rate kept falling; Ecuador's fell in 2024, then rose in 2025 by InSight Crime's count.",
  "story.the-copycats.intro":
    "Two other governments in the region have adopted measures like Bukele's. Honduras declared a partial state of exception in December 2022 and extended it. Ecuador's president declared an \"internal armed conflict\" against criminal groups in January 2024, and his government began building maximum-security prisons while it studied the Salvadoran model.",
  "story.the-copycats.results":
    "The results so far are mixed. By the Honduran government's figures, its homicide rate fell from {n:hnd-2022-rate-gov} in 2022 to {n:hnd-2024-rate} in 2024, continuing a decline from a peak in 2011 in UNODC's series. Ecuador's police figures show a fall from {n:ecu-2023-rate-police} in 2023 to {n:ecu-2024-rate} in 2024; InSight Crime, which puts 2024 at {n:ecu-2024-rate-insight}, counted {n:ecu-2025-rate} in 2025, a record for the country, according to press reports of its yearly round-up. Guatemala, Mexico and Colombia are shown for comparison.",
};
