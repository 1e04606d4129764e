/** English words of the story's section "rule-of-law": heading, share description and prose. Every key starts with "story.rule-of-law.". */
export default {
  "story.rule-of-law.title": "The rule of law",
  "story.rule-of-law.description":
    "Power was concentrated too: in 2021 the Assembly removed the top court's judges and the Attorney General, and the new court let Bukele run for a second term, won in 2024.",
  "story.rule-of-law.power":
    "Over the same years, power was concentrated in the presidency and its party. In February 2020 soldiers and police entered the Legislative Assembly as Bukele pressed deputies to approve a loan for his security plan. After his party, Nuevas Ideas, won a two-thirds majority in February 2021, the new Assembly's first act on 1 May was to remove the five magistrates of the Constitutional Chamber and the Attorney General, and to appoint replacements.",
  "story.rule-of-law.re-election":
    "In September 2021 the reshaped chamber ruled that a sitting president could seek immediate re-election; the US State Department said the constitution clearly bars consecutive terms. Bukele won a second term in February 2024 with an overwhelming majority of valid votes. In July 2025 the Assembly approved indefinite re-election, a six-year term and the end of run-off votes, and ratified the change in the same sitting.",
};
