/**
 * The story's sections in reading order: the one list of them. Each has a permanent id (its
 * anchor, /#<id>, also the name of its share page /share/<id>/ and preview image /og/<id>.png),
 * its heading, and a one- or two-sentence description used where the section is shared.
 *
 * Everything else reads this list: the story page places its sections in this order, each
 * section component takes its heading from here, and so do the teachers' page, the share pages
 * and the preview images. Ids are never removed or renamed without an alias (src/story/anchors.ts):
 * links to them are published.
 *
 * Descriptions type no numbers other than years, like the teachers' summaries: the story's
 * numbers are bound to the data, and one copied here by hand would drift from them.
 */

export interface StorySection {
  id: string;
  title: string;
  /** What the section shows, for share previews: one or two sentences, under 200 characters. */
  description: string;
}

export const SECTIONS = [
  {
    id: "opening",
    title: "A country transformed, by its own count",
    description:
      "Under President Nayib Bukele, El Salvador's official count of killings has fallen almost to nothing. What lies behind that fall, and what has it cost?",
  },
  {
    id: "the-fall",
    title: "The fall",
    description:
      "By the government's count, El Salvador went from the highest homicide rate among its neighbours to the lowest. The decline began before Bukele took office in 2019.",
  },
  {
    id: "the-missing",
    title: "What the count leaves out",
    description:
      "Since 2019 the official homicide count has left out some deaths: people killed by the security forces, bodies found in clandestine graves and deaths in prison.",
  },
  {
    id: "the-pact",
    title: "The pact",
    description:
      "Journalists, the US Treasury and a US indictment allege that officials negotiated with gang leaders over fewer killings. The government denies that any pact was made.",
  },
  {
    id: "the-price",
    title: "The price: mass incarceration",
    description:
      "Under the state of exception declared in 2022 the prison population more than doubled, and by the World Prison Brief's figures no country jails a larger share of its people.",
  },
  {
    id: "deaths-in-custody",
    title: "Deaths in custody",
    description:
      "People have died in state custody since the first weeks of the state of exception. The government publishes no toll, so human-rights groups count the deaths they can verify.",
  },
  {
    id: "rule-of-law",
    title: "The rule of law",
    description:
      "The crackdown came with a concentration of power: the top judges and the Attorney General were removed, and Bukele won a second term in 2024 despite the constitution's ban.",
  },
  {
    id: "the-spread",
    title: "The spread",
    description:
      "El Salvador's two big gangs began in Los Angeles and came to Central America with US deportations in the 1990s. Where they are now, and what the evidence shows.",
  },
  {
    id: "the-copycats",
    title: "The copycats",
    description:
      "Honduras and Ecuador adopted parts of El Salvador's approach. Honduras's homicide rate kept falling; Ecuador's fell in 2024, then by InSight Crime's count rose to a record in 2025.",
  },
  {
    id: "mano-duras-record",
    title: "Mano Dura's record",
    description:
      "El Salvador has tried mass arrests before: the Mano Dura campaigns of 2003 and 2004 filled the prisons, but killings did not fall and the gangs were not broken.",
  },
  {
    id: "sources-and-method",
    title: "Sources and method",
    description:
      "Every figure in the story comes from published data tables in which each row names its source; where sources disagree, every version is kept and the limits are set out.",
  },
] as const satisfies readonly StorySection[];

/** The permanent id of a section of the story. */
export type SectionId = (typeof SECTIONS)[number]["id"];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

export function section(id: SectionId): StorySection {
  return SECTIONS.find((s) => s.id === id)!;
}
