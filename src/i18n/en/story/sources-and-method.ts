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
};
