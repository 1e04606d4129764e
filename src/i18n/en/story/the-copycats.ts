/** English words of the story's section "the-copycats": heading, share description and prose. Every key starts with "story.the-copycats.". */
export default {
  "story.the-copycats.title": "The copycats",
  "story.the-copycats.description":
    "Honduras and Ecuador adopted parts of El Salvador's approach. Honduras's homicide rate kept falling; Ecuador's fell in 2024, then by InSight Crime's count rose to a record in 2025.",
  "story.the-copycats.intro":
    "Other governments in the region have adopted parts of Bukele's approach. Honduras declared a partial state of exception in December 2022, and has renewed it since. Ecuador's president declared an \"internal armed conflict\" against criminal groups in January 2024 and began building maximum-security prisons.",
  "story.the-copycats.results":
    "The results so far are mixed. Honduras's rate fell from {n:hnd-2022-rate} in 2022 to {n:hnd-2024-rate} in 2024 by official figures, continuing a decline that began years earlier. Ecuador's fell from {n:ecu-2023-rate} in 2023 to {n:ecu-2024-rate} in 2024, then, by InSight Crime's count, rose to a record {n:ecu-2025-rate} in 2025. Guatemala, Mexico and Colombia are shown for comparison.",
};
