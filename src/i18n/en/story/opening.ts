/** English words of the story's section "opening": heading, share description and prose. Every key starts with "story.opening.". */
export default {
  "story.opening.title": "A country transformed, by its own count",
  "story.opening.description":
    "Under President Nayib Bukele, El Salvador's official count of killings has fallen from thousands a year to dozens. What lies behind that fall, and what has it cost?",
  "story.opening.the-count":
    "In 2015 El Salvador's police recorded {n:slv-2015-count} homicides, a rate the government now puts at {n:slv-2015-rate-gov} for every 100,000 people. In 2024 the government counted {n:slv-2024-count}, a rate of {n:slv-2024-rate}, and for 2025 it announced {n:slv-2025-count}. Since 2019 the official count has left out people killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody, and the government has not said whether it still did so in 2025: the recent figures are the government's own, not a complete tally ([what the count leaves out](#the-missing)).",
  "story.opening.the-claim":
    "President Nayib Bukele's government presents the fall as the work of its war on the gangs: its security minister called 2023 the safest year in the country's modern history ([as reported at the time](source:slv_mjsp_2024)).",
  "story.opening.the-question":
    "This story asks what lies behind it. It follows the numbers through the secret deals between officials and the MS-13 and Barrio 18 gangs that journalists and US authorities have reported and the government denies, a wave of mass arrests under a state of exception that has run since March 2022, the deaths of prisoners in state custody, the killings the official count leaves out, similar crackdowns that other governments have since begun, and the way earlier crackdowns in El Salvador ended.",
};
