/**
 * The teachers' page (/teach/) as data: learning goals, a suggested age range, and for every
 * section of the story a plain summary, its key chart, discussion questions and a data activity
 * built on one of the files published at /data/<file>. Written for teachers, in our own words.
 *
 * Summaries type no numbers (years aside): the story's numbers are bound to the data, and a
 * number copied here by hand would drift from them. Describe the trend instead.
 * tests/unit/story/teaching.test.ts checks this file against the story, the charts and the data.
 */
import type { ChartId } from "../charts/registry.ts";
import { section, type SectionId } from "./sections.ts";

export type { SectionId };

/** A data file as published by the site: /data/<file> (see DATA_FILES in src/data/dataset.ts). */
export type DataFilePath = `/data/${string}`;

export interface DataActivity {
  /** What the class finds out, in one sentence. */
  aim: string;
  /** The file the activity works from. */
  file: DataFilePath;
  /** The columns of that file the activity uses, as named in its header. */
  columns: readonly string[];
  /** Other published files the steps mention (a look-up, a second table). */
  alsoFiles: readonly DataFilePath[];
  /** What to do, in order; doable in a spreadsheet in about twenty minutes. */
  steps: readonly string[];
}

export interface TeachingBlock {
  id: SectionId;
  /** The section's heading in the story (from src/story/sections.ts). */
  title: string;
  /** Two or three plain sentences; no numbers other than years. */
  summary: string;
  /** The chart that carries the section, or null where the section has none. */
  chart: ChartId | null;
  /** Two or three questions for discussion. */
  questions: readonly string[];
  activity: DataActivity;
}

export const learningGoals: readonly string[] = [
  "Read a chart of rates over time, and explain why rates per 100,000 people are used to compare years and countries.",
  "Compare several published versions of the same figure, say who produced each one and suggest why they differ.",
  "Explain what an official statistic counts and what it leaves out, and how a change in the counting rules can change a trend.",
  "Tell apart a government's claims, the findings of journalists and human-rights groups, and allegations that no court has tested.",
  "Weigh the fall in recorded killings against the costs that the story documents for rights, due process and the rule of law.",
  "Filter, sort and chart a published data table in a spreadsheet, and credit the source of every figure used.",
];

export const ageRange = {
  range: "15–18 and adult education",
  reason:
    "The story deals with violence, deaths in custody and disputed politics, and asks readers to compare sources and read charts closely.",
} as const;

const blocks: readonly Omit<TeachingBlock, "title">[] = [
  {
    id: "opening",
    summary:
      "El Salvador's government reports that homicides have fallen from a peak in 2015 to a tiny fraction of that level by 2024 and 2025, and credits its campaign against the gangs. The story sets out to test what lies behind that official figure and what the policy has cost.",
    chart: null,
    questions: [
      "The section's title says the country was transformed “by its own count”. Why might the story stress whose count it is?",
      "What would you want to know before accepting a government's figure for a fall in crime?",
      "Which other kinds of source could confirm or challenge an official crime figure?",
    ],
    activity: {
      aim: "See where the figures the story relies on come from, year by year.",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "series", "preferred"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows where iso3 is SLV and preferred is true: one row per year, the figure the story uses.",
        "Make a line chart of rate_per_100k by year. A year with an empty rate (the source gave only a count) stays blank.",
        "Use the series column to mark which years come from UNODC and which from the government. In which year does the source change, and could the change itself affect the trend?",
      ],
    },
  },
  {
    id: "the-fall",
    summary:
      "El Salvador's homicide rate rose and fell but stayed very high for years after the civil war ended in 1992, through the Mano Dura crackdowns and a short-lived gang truce in 2012, and peaked in 2015. The decline began before Nayib Bukele took office in 2019, and by the government's count it became much steeper after the state of exception began in 2022. By government figures El Salvador went from the highest rate among its neighbours to the lowest.",
    chart: "slv-homicide-long",
    questions: [
      "The chart follows UNODC's comparable series until it stops, then the government's own figures. What is gained and what is lost when a chart switches source?",
      "The rate was already falling before 2019. What does the timing suggest about giving one policy or one government the credit?",
      "Mano Dura, the truce and the state of exception were each followed by a different trend. What else, besides policing, might push a homicide rate up or down?",
    ],
    activity: {
      aim: "Compare the published versions of one figure, El Salvador's homicide rate in its worst year, by source.",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "count", "series", "source_id", "preferred"],
      alsoFiles: ["/data/sources.csv"],
      steps: [
        "Filter the table to rows where iso3 is SLV and year is 2015.",
        "List each row's rate_per_100k, count and series. Which version gives the highest rate and which the lowest? How far apart are they?",
        "Find the row whose preferred is true: the version the story uses. Suggest why it might have been chosen.",
        "Look up two of the source_id values in /data/sources.csv to see who published them.",
      ],
    },
  },
  {
    id: "the-missing",
    summary:
      "Since 2019, according to the press reports the story cites, El Salvador's official homicide count has left out some kinds of death: suspected gang members killed by the security forces, bodies found in clandestine graves and deaths in prison. Researchers and journalists have made estimates that add some of these back; they are higher than the official count but still show a steep fall since 2015. The government has published no figure for what its count leaves out.",
    chart: "count-gaps",
    questions: [
      "Why does it matter which deaths a homicide count includes, and who should decide the rules?",
      "The estimates come from a university observatory, a newspaper and a magazine's analysis. How would you judge how far to trust each one?",
      "If the true total were higher than the official count, would that change the story's main conclusion, or only the size of the fall?",
    ],
    activity: {
      aim: "Put the official count beside the estimates of what it leaves out.",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "count", "rate_per_100k", "series", "source_id", "variant", "note"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows where iso3 is SLV and year is 2022 or 2023.",
        "Put the rows whose series is official beside those whose series is alternative or press-tally, and sort each year's rows by count.",
        "For each non-official row, read the note: what did it add to the official count, and is it a count or an estimate? Work out how far each is above the official count.",
      ],
    },
  },
  {
    id: "the-pact",
    summary:
      "Falls in killings in El Salvador have coincided with deals between officials and the gangs before, as during the truce of 2012. For the Bukele years, journalists, the US Treasury and a US indictment allege that officials negotiated with gang leaders over fewer killings and political support in exchange for benefits for the gangs. The indictment's allegations have not been tried in court, and the government denies that any pact was made.",
    chart: "pact-timeline",
    questions: [
      "What kinds of evidence does the story present: prison records, recordings, sanctions, an indictment, interviews? Which do you find strongest, and why?",
      "How should a news story report an allegation that the accused deny and that no court has tested?",
      "Why might a government negotiate with criminal groups, and what are the risks of doing so in secret?",
    ],
    activity: {
      aim: "Sort the events of the reported pact by who makes each claim.",
      file: "/data/timeline.csv",
      columns: ["date", "category", "title", "description", "source_ids"],
      alsoFiles: ["/data/sources.csv"],
      steps: [
        "Filter the table to rows whose category is pact, us-policy or us-justice, and sort them by date.",
        "For each event, note whose claim it rests on: the government, journalists, the US government or the gangs' leaders. Use the description, and look up publishers in /data/sources.csv through source_ids.",
        "Mark each event as a documented action (a transfer, a sanction, a published report) or an allegation. Which are which?",
      ],
    },
  },
  {
    id: "the-price",
    summary:
      "The state of exception suspended some due-process guarantees, and the police and army arrested people in very large numbers, children among them. By government figures the prison population more than doubled in a year and a half, and by the World Prison Brief's figures no country jails a larger share of its people. The government's arrest totals include people later released, and a new mega-prison, CECOT, became the policy's symbol.",
    chart: "prison-population",
    questions: [
      "The story gives several incarceration rates for El Salvador, from different dates and sources. Why does it matter when a figure was counted?",
      "Arrest totals include people later released. Why is a count of arrests not the same as the number of people in prison?",
      "What rights are affected when due-process guarantees are suspended, and who should check how such powers are used?",
    ],
    activity: {
      aim: "Chart the prison population and see why the published incarceration rates differ.",
      file: "/data/prison-population.csv",
      columns: ["iso3", "date", "prisoners", "rate_per_100k", "series", "source_id", "preferred", "note"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows where iso3 is SLV and preferred is true, and chart prisoners by date. Where does the series column change from wpb to official?",
        "Now filter to SLV rows dated 2024 that have a rate_per_100k. List the rates and their sources.",
        "Read each of those rows' notes, and the prison-population caveats in /data/README.md: which count and which population is each rate based on?",
      ],
    },
  },
  {
    id: "deaths-in-custody",
    summary:
      "People have died in state custody since the first weeks of the state of exception. The government has not published a death toll, so the figures come from human-rights organisations, each counting the deaths it can verify by its own method. Their counts differ, and the story shows them separately rather than adding them up.",
    chart: "deaths-in-custody",
    questions: [
      "Why do the organisations' counts differ, and why would it be wrong to add them together?",
      "Who is responsible for recording deaths in state custody, and what does it mean when no official toll is published?",
      "One group says the true total could be far higher than the deaths it has confirmed. How could anyone check a claim like that?",
    ],
    activity: {
      aim: "Follow each organisation's count over time without mixing them.",
      file: "/data/state-of-exception.csv",
      columns: ["date", "measure", "counted_by", "value", "qualifier", "preferred"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows where measure is deaths-in-custody-cumulative, then sort by counted_by and date.",
        "Chart value by date with one line for cristosal and one for sjh, the two organisations with the most rows. Leave out rows whose preferred is false, and read their notes to see why.",
        "Look at the qualifier column: which figures are exact, which approximate and which a minimum (floor)? How should each be worded in a sentence?",
      ],
    },
  },
  {
    id: "rule-of-law",
    summary:
      "The crackdown came with a concentration of power: soldiers and police entered the Legislative Assembly in 2020, and after Bukele's party won a two-thirds majority in 2021 the new Assembly removed the judges of the Constitutional Chamber and the Attorney General. The reshaped court ruled that a sitting president could seek immediate re-election despite the constitution's ban on consecutive terms; Bukele won a second term in 2024, and in 2025 the Assembly approved indefinite re-election.",
    chart: "rule-of-law",
    questions: [
      "What do independent courts and an independent attorney general do to check a government's power?",
      "Bukele won re-election with a large majority of valid votes. How should people weigh popular support against the limits on power that a constitution sets?",
      "Which events in the chart changed the rules themselves, rather than who held office?",
    ],
    activity: {
      aim: "Build a timeline of the changes to who holds power and to the rules.",
      file: "/data/timeline.csv",
      columns: ["date", "category", "title", "description", "note"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows whose category is courts, elections or democracy, dated 2019 or later, and sort them by date.",
        "For each event, decide whether it changed who holds office or changed the rules (the courts, term limits, how the constitution is amended).",
        "Draw a timeline with the two kinds of event in two rows. Read the note column for any disputed details.",
      ],
    },
  },
  {
    id: "the-spread",
    summary:
      "The two gangs at the centre of the story began in Los Angeles and came to Central America with US deportations in the 1990s. They have mass membership in El Salvador and Honduras and lasting structures in Guatemala and Mexico; elsewhere the evidence ranges from documented cells to disputed claims, and the documented number of gang members caught abroad since the crackdown is in the hundreds. The drug seizures the government reports track enforcement as much as trafficking, and no independent estimate of the drugs passing through El Salvador was found.",
    chart: "gang-map",
    questions: [
      "The map grades how solid the evidence is for each gang in each country. Why is that more careful than simply marking where a gang is “present”?",
      "Did the crackdown push gang members abroad? What evidence does the story give, and what more would you need to know?",
      "Why might the amount of drugs seized say as much about policing as about trafficking?",
    ],
    activity: {
      aim: "Summarise where each gang is reported, and how strong the evidence is.",
      file: "/data/gang-presence.csv",
      columns: ["iso3", "gang", "presence", "disputed", "evidence"],
      alsoFiles: ["/data/countries.csv"],
      steps: [
        "Make a pivot table that counts countries, with presence as rows and gang as columns. (In El Salvador, Barrio 18's two factions have rows of their own.)",
        "Use /data/countries.csv to turn the iso3 codes into country names (match on iso3).",
        "Find the row where disputed is true and read its evidence: who made the claim, and who disputes it?",
      ],
    },
  },
  {
    id: "the-copycats",
    summary:
      "Honduras declared a partial state of exception in 2022, and Ecuador declared an “internal armed conflict” against criminal groups in 2024, each adopting parts of El Salvador's approach. The results so far are mixed: by official figures Honduras's rate kept falling, continuing a decline that began earlier, while Ecuador's fell in 2024 and then, by InSight Crime's count, rose to a record in 2025.",
    chart: "copycats",
    questions: [
      "Honduras's rate was already falling before its state of exception. How can we tell whether a policy caused a change that had already begun?",
      "Why might an approach that seemed to work in one country have different results in another?",
      "Besides homicides, what would you want to measure before judging whether the approach worked?",
    ],
    activity: {
      aim: "Check whether the homicide trend changed after each country's declaration.",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "series", "source_id", "preferred"],
      alsoFiles: [],
      steps: [
        "Filter the table to rows where iso3 is HND or ECU and year is 2018 or later.",
        "For each country and year keep the row whose preferred is true; for 2025, where none is preferred, keep the row whose series is insight and label it as InSight Crime's figure.",
        "Chart both countries' rates, and mark Honduras's declaration (December 2022) and Ecuador's (January 2024). Did either trend change after the declaration?",
      ],
    },
  },
  {
    id: "mano-duras-record",
    summary:
      "El Salvador has tried mass arrests before: the Mano Dura and Súper Mano Dura campaigns of 2003 and 2004 filled the prisons, but killings did not fall and the gangs were not broken. Less than a decade later the government was negotiating a truce with the gangs' imprisoned leaders. The story asks whether the far larger current crackdown will outlast the state of exception, and whether the figures that measure it can be checked.",
    chart: "mano-dura-record",
    questions: [
      "Thinking about what happens inside prisons, why might putting more people in prison not reduce gang violence?",
      "What is different about the current crackdown, and what is similar to the earlier ones?",
      "What evidence, gathered over how many years, would show whether the current fall lasts?",
    ],
    activity: {
      aim: "Compare the growth of the prison population with the homicide rate in the Mano Dura years.",
      file: "/data/prison-population.csv",
      columns: ["iso3", "date", "prisoners", "series", "preferred"],
      alsoFiles: ["/data/homicide-rates.csv"],
      steps: [
        "Filter the table to rows where iso3 is SLV, series is wpb and preferred is true, and chart prisoners by date.",
        "Work out how many times larger the prison population was in 2014 than in 2002.",
        "In /data/homicide-rates.csv, filter to iso3 SLV and series unodc for the same years, and chart rate_per_100k. Did the homicide rate fall as the prisons filled?",
      ],
    },
  },
  {
    id: "sources-and-method",
    summary:
      "Every figure in the story comes from the project's published data tables, in which each row names its source. Where sources disagree every version is kept and the one the story uses is marked, and figures found to be wrong are kept for the record but never shown. The section also sets out the limits of the data, such as what official counts exclude and why arrests are not the same as prisoners.",
    chart: null,
    questions: [
      "Why does the story keep the versions of a figure it does not use, and even figures it found to be wrong?",
      "Many sources were read in republished copies. What are the risks of relying on a copy, and how could you check it?",
      "How would you trace one number in the story back to where it was first published?",
    ],
    activity: {
      aim: "Audit the data: find the figures that were rejected, and why.",
      file: "/data/homicide-rates.csv",
      columns: ["iso3", "year", "rate_per_100k", "count", "source_id", "status", "note"],
      alsoFiles: ["/data/sources.csv"],
      steps: [
        "Filter the table to rows where status is rejected, and read each note: why was the figure rejected?",
        "Look up each rejected row's source_id in /data/sources.csv. Who published it?",
        "In /data/sources.csv, count the sources whose notes contain the word SECONDARY. What does that word tell you about how the source was read?",
      ],
    },
  },
];

/** The blocks in the story's order, each under its section's heading. */
export const teaching: readonly TeachingBlock[] = blocks.map((block) => ({ ...block, title: section(block.id).title }));

/** How to cite the story, with its absolute address. */
export interface Citation {
  title: string;
  url: string;
  accessed: string;
  /** The reference up to its address: the title, and the section's title when one is cited. */
  lead: string;
  /** The whole reference, ready to copy. */
  text: string;
}

export const citationTitle = "El Salvador: behind the numbers";

/** The story's address, or one of its sections' (`#the-fall`), on the site's configured address. */
export function storyUrl(site: URL, section?: SectionId): string {
  return new URL(section ? `/#${section}` : "/", site).href;
}

export function citation(site: URL, section?: TeachingBlock): Citation {
  const url = storyUrl(site, section?.id);
  const accessed = "accessed [date]";
  const work = `“${citationTitle}”`;
  const lead = section ? `“${section.title}”, in ${work}, ` : `${work}, `;
  return { title: citationTitle, url, accessed, lead, text: `${lead}${url}, ${accessed}.` };
}

export const licenceNote =
  "The story's text and charts are published under CC BY 4.0: you may copy, print, project and adapt them, for example in class materials, as long as you credit the story. The data keep the terms of their sources: credit the source named in each row, listed in /data/sources.csv.";
