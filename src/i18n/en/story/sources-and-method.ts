/**
 * English words of the story's section "sources-and-method": heading, share description, prose
 * and the heading of the list of sources. Every key starts with "story.sources-and-method.".
 * "figures" and "versions" are not <Prose> paragraphs: their {slots} hold numbers the section
 * computes from the data, filled through t().
 */
export default {
  "story.sources-and-method.title": "Sources and method",
  "story.sources-and-method.description":
    "Every figure in the story comes from published data tables in which each row names its source; where sources disagree, every version is kept and the limits are set out.",
  "story.sources-and-method.figures":
    "Every figure in this story comes from a table in the project's data, and every row of those tables names its source. Where sources disagree, each version is kept with its source and the one the story uses is marked; the choice is never made silently. Government figures are named as such. Estimates made by others are drawn so that they look like estimates. Figures that the research found to be wrong are kept in the data for the record ({rejected} rows) but never shown.",
  "story.sources-and-method.versions":
    "Sources often disagree. El Salvador's homicide rate for 2015 has {slvCount} published versions, from {slvLow} to {slvHigh} per 100,000; Honduras's for 2024 runs from {hndLow} to {hndHigh}; Ecuador's for 2023 from {ecuLow} to {ecuHigh}, depending on the count and the population used. Long-run comparisons use UNODC's series; recent years use each government's figures, labelled. Deaths in custody are shown organisation by organisation and never added up.",
  "story.sources-and-method.limits":
    "The limits matter. Since 2019 El Salvador's official homicide count has left out people killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody, and several official series have stopped being published or have been sealed. Arrest totals are the government's records of captures. Seizures of drugs measure enforcement, not trafficking. Many sources were read in republished copies; the list below links to the copy that was read.",
  "story.sources-and-method.data-files": "The data files, free to reuse with credit to their sources:",
  "story.sources-and-method.sources-heading": "Sources",
  "story.sources-and-method.undated": "n.d.",
  "story.sources-and-method.approximate": "about {date}",
  "story.sources-and-method.tested": "How we tested this site: speed, accessibility, links and security, with the latest figures",
  "story.sources-and-method.under-pressure":
    "Several of the organisations this story relies on have worked under growing pressure since 2020. In January 2022 Citizen Lab, a research group at the University of Toronto, reported that Pegasus spyware had infected the phones of {n:pegasus-people} journalists and members of civil-society groups between mid-2020 and late 2021, many of them at El Faro and some at Cristosal ([Citizen Lab](source:citizenlab-2022-01-12)). It cited circumstantial evidence of a link to the Salvadoran state, which El Faro holds responsible; the presidency said it had no connection with Pegasus and was not a client of the company that sells it. In April 2023 El Faro moved its legal and administrative base to Costa Rica, citing harassment and repeated tax audits, and kept its newsroom in El Salvador.",
  "story.sources-and-method.warrants":
    "In May 2025 El Faro said a source had told it that prosecutors were preparing arrest warrants for at least {n:elfaro-warrants} of its staff, after it published interviews with former Barrio 18 leaders about their dealings with Bukele's circle ([El Faro](source:elfaro-2025-05-05)). No warrant has been made public. The head of state intelligence, Peter Dumas, replied online that journalism would not protect journalists with ties to gangs. El Faro reporters who were abroad stayed there after being warned that police were waiting for them at the airport, according to the Association of Journalists of El Salvador ([APES](source:apes-2025-06-09)). APES counted {n:journalists-exiled-2025} journalists who went into exile between January and early June 2025, and {n:press-attacks-2024} attacks on the press in 2024, most of them by state agents.",
  "story.sources-and-method.rights-groups":
    "Cristosal, whose counts of deaths in custody appear in this story, has come under the same pressure. On 18 May 2025 police arrested Ruth López, the head of its anti-corruption unit. Prosecutors first charged her with embezzlement and now accuse her of illicit enrichment; the case is sealed, and she calls herself a political prisoner ([GatoEncerrado](source:gatoencerrado-2025-06-04)). The Attorney General's office says she helped take public money ([TRT World](source:trt-2025-05-20)). Two days after her arrest the Assembly passed a Foreign Agents Law, {n:fal-votes-for} votes to {n:fal-votes-against}, which taxes money from foreign donors at {n:fal-tax} per cent and obliges the groups that receive it to register; a deputy of the governing party said it protects the country's sovereignty. In July 2025 Cristosal said it had stopped working in El Salvador and would carry on from Guatemala and Honduras, and that it had applied to register under the new law ([DW](source:dw-2025-07-17)). In September APES said it would close its operations in the country rather than register ([El País](source:elpais-2025-10-01-apes)).",
  "story.sources-and-method.weighing":
    "None of this shows whether their findings are right, and in their disputes with the government these organisations are interested parties. It does mean that much of the independent evidence about El Salvador now comes from people whose phones were hacked, who were arrested or who left the country fearing arrest. The story names them as the sources of their own figures, and sets the government's figures and answers beside them.",
};
