/** English words of the story's section "the-missing": heading, share description and prose. Every key starts with "story.the-missing.". */
export default {
  "story.the-missing.title": "What the count leaves out",
  "story.the-missing.description":
    "Since 2019 the official homicide count has left out some deaths: people killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody.",
  "story.the-missing.the-rules":
    "A homicide count is only as complete as its rules. In July 2019, weeks after Bukele took office, the police told him that the daily tally would no longer include suspected gang members killed in alleged clashes with the security forces or bodies recovered from clandestine graves, according to [InSight Crime](source:insight_brief_2019). [Foreign Policy](source:fp_giles_2024) dates the formal exclusion of bodies from graves, by an inter-agency technical panel, to May 2021, and describes further exclusions from April 2022; [La Prensa Gráfica](source:lpg_2022) reported in July 2022 that the deaths of prisoners were not being registered as homicides. None of the sources this story draws on gives an official reason for the exclusions. The Institute of Legal Medicine stopped updating its public data in March 2022, and [Reuters](source:reuters_2022) found that its records of bodies from graves were higher than prosecutors' before the figures were sealed.",
  "story.the-missing.missing-official":
    "The official count is the bars: {n:slv-2019-count} homicides in 2019, {n:slv-2022-count} in 2022, {n:slv-2024-count} in 2024. These are the figures the government quotes, and the ones international comparisons use.",
  "story.the-missing.missing-2022":
    "For 2022, the human-rights observatory of the Central American University (UCA) added back what the count excluded, according to El Mundo's report of its study: {n:oudh-2022-confrontations} gang members killed in confrontations, according to the police's own posts; {n:oudh-2022-graves} bodies from clandestine graves; and {n:oudh-2022-prison}, half of the violent deaths reported in prisons. Its total, {n:oudh-2022-total}, is a rate of {n:oudh-2022-rate} rather than {n:slv-2022-rate}. It is one scenario among several the observatory set out, not a count.",
  "story.the-missing.missing-2023":
    "For 2023 the official count is {n:slv-2023-count}. The newspaper El Mundo, adding the gang members the police said they had killed, reached {n:elmundo-2023-count}. A Foreign Policy analysis estimated about {n:fp-2023-count} homicides, a rate of {n:fp-2023-rate} against the official {n:slv-2023-rate}. Neither is an official figure; the government has published no figure for what its count leaves out.",
  "story.the-missing.missing-all":
    "Even at the top of these estimates, El Salvador's homicide rate has fallen steeply since 2015. What the gaps change is the size of the most recent fall, and whether official figures can be taken at face value. Official sources also differ from one another: a press tally of the police's daily posts for 2024 reached {n:slv-2024-tally}, against {n:slv-2024-count} from the Attorney General.",
  "story.the-missing.disappearances":
    "Disappearances are a further gap. Leaked police reports published by [Revista Elementos](source:elementos_2023) recorded more killings in April 2022 than were announced, and dozens of missing-person reports in the same weeks. A person who disappears and whose body is not found is not counted as a homicide.",
};
