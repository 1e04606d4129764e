/** English words of the story's section "the-missing": heading, share description and prose. Every key starts with "story.the-missing.". */
export default {
  "story.the-missing.title": "What the count leaves out",
  "story.the-missing.description":
    "Since 2019 the official homicide count has left out some deaths: people killed by the security forces, bodies found in clandestine graves and deaths in prison.",
  "story.the-missing.the-rules":
    "A homicide count is only as complete as its rules. In July 2019, weeks after Bukele took office, the police agreed that the daily tally would no longer include suspected gang members killed in clashes with the security forces or bodies recovered from clandestine graves ([InSight Crime](source:insight_brief_2019)). Later changes, reported by [Foreign Policy](source:fp_giles_2024) and [La Prensa Gráfica](source:lpg_2022), kept grave discoveries and the deaths of prisoners out of the count. The Institute of Legal Medicine stopped updating its public data in March 2022, and [Reuters](source:reuters_2022) found that its records of bodies from graves ran well above prosecutors' before the figures were sealed.",
  "story.the-missing.missing-official":
    "The official count is the bars: {n:slv-2019-count} homicides in 2019, {n:slv-2022-count} in 2022, {n:slv-2024-count} in 2024. These are the figures the government quotes, and the ones international comparisons use.",
  "story.the-missing.missing-2022":
    "For 2022, the human-rights observatory of the Central American University (UCA) added back what the count excluded: {n:oudh-2022-confrontations} gang members killed in confrontations, according to the police's own posts; {n:oudh-2022-graves} bodies from clandestine graves; and {n:oudh-2022-prison}, half of the violent deaths reported in prisons. Its total, {n:oudh-2022-total}, is a rate of {n:oudh-2022-rate} rather than {n:slv-2022-rate}. It is one scenario among several the observatory set out, not a count.",
  "story.the-missing.missing-2023":
    "For 2023 the official count is {n:slv-2023-count}. The newspaper El Mundo, adding the gang members the police said they had killed, reached {n:elmundo-2023-count}. A Foreign Policy analysis estimated about {n:fp-2023-count} homicides, a rate of {n:fp-2023-rate} against the official {n:slv-2023-rate}. Both are estimates by outsiders; the government has published no figure for what its count leaves out.",
  "story.the-missing.missing-all":
    "Even at the top of these estimates, El Salvador's homicide rate has fallen steeply since 2015. What the gaps change is the size of the most recent fall, and whether official figures can be taken at face value. Official sources do not even agree with each other: a press tally of the police's daily posts for 2024 reached {n:slv-2024-tally}, against {n:slv-2024-count} from the Attorney General.",
  "story.the-missing.disappearances":
    "Disappearances are a further gap. Leaked police reports published by [Revista Elementos](source:elementos_2023) recorded more killings in April 2022 than were announced, and dozens of missing-person reports in the same weeks. None of this appears in the homicide count.",
};
