/** English words of the story's section "rule-of-law": heading, share description and prose. Every key starts with "story.rule-of-law.". */
export default {
  "story.rule-of-law.title": "The rule of law",
  "story.rule-of-law.description":
    "The crackdown came with a concentration of power: top judges and the Attorney General were removed, and a court ruling let Bukele run for, and win, a second term in 2024.",
  "story.rule-of-law.power":
    "The crackdown came with a concentration of power. In February 2020 soldiers and police entered the Legislative Assembly as Bukele pressed deputies to approve a loan for his security plan. After his party, Nuevas Ideas, won a two-thirds majority in February 2021, the new Assembly's first act on 1 May was to remove the five magistrates of the Constitutional Chamber and the Attorney General, and to appoint replacements.",
  "story.rule-of-law.re-election":
    "In September 2021 the reshaped chamber ruled that a sitting president could seek immediate re-election; the US State Department said the constitution clearly bars consecutive terms. Bukele won a second term in February 2024 with an overwhelming majority of valid votes. In July 2025 the Assembly approved indefinite re-election, a six-year term and the end of run-off votes, and ratified the change in the same sitting.",
};
