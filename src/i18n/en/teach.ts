/**
 * English words of the teachers' page (/teach/): its frame, the learning goals and age range, each
 * section's summary, questions and data activity (src/story/teaching.ts) and how to cite the story.
 * Every key starts with "teach.".
 */
export default {
  "teach.page.title": "For teachers",
  "teach.page.description":
    "Learning goals, section summaries, discussion questions and spreadsheet activities for teaching with “{story}”, a data story about homicides, reported gang pacts and mass incarceration under Nayib Bukele.",
  "teach.lede":
    "Notes for teaching with {story}, a data story about what lies behind the fall in recorded killings in El Salvador under Nayib Bukele. Each section of the story has a block below with a short summary, its key chart, questions for discussion and a spreadsheet activity using the story's own data. Each block can be linked to, printed or projected on its own.",
  "teach.goals.heading": "Learning goals",
  "teach.goals.intro": "After working through the story, students should be able to:",
  "teach.goal.1": "Read a chart of rates over time, and explain why rates per 100,000 people are used to compare years and countries.",
  "teach.goal.2": "Compare several published versions of the same figure, say who produced each one and suggest why they differ.",
  "teach.goal.3": "Explain what an official statistic counts and what it leaves out, and how a change in the counting rules can change a trend.",
  "teach.goal.4": "Tell apart a government's claims, the findings of journalists and human-rights groups, and allegations that no court has tested.",
  "teach.goal.5": "Weigh the fall in recorded killings against the costs that the story documents for rights, due process and the rule of law.",
  "teach.goal.6": "Filter, sort and chart a published data table in a spreadsheet, and credit the source of every figure used.",
  "teach.age.heading": "Suggested age range",
  "teach.age.range": "15–18 and adult education",
  "teach.age.reason": "The story deals with violence, deaths in custody and disputed politics, and asks readers to compare sources and read charts closely.",
  "teach.hint": "The activities need a spreadsheet and about twenty minutes each. Every file's columns are described in {readme}.",
  "teach.toc.heading": "The sections",
  "teach.block.kicker": "Section {n} of {total}",
  "teach.block.story-link": "Read this section in the story",
  "teach.block.questions": "Questions for discussion",
  "teach.block.activity": "Data activity",
  "teach.activity.file": "File",
  "teach.activity.files": "Files",
  "teach.activity.columns": "Columns",
  "teach.activity.columns-in": "(in {file})",
  "teach.opening.summary":
    "El Salvador's government reports that homicides have fallen from a peak in 2015 to a tiny fraction of that level by 2024 and 2025, and credits its campaign against the gangs. The story sets out to test what lies behind that official figure and what the policy has cost.",
  "teach.opening.q1": "The section's title says the country was transformed “by its own count”. Why might the story stress whose count it is?",
  "teach.opening.q2": "What would you want to know before accepting a government's figure for a fall in crime?",
  "teach.opening.q3": "Which other kinds of source could confirm or challenge an official crime figure?",
  "teach.opening.aim": "See where the figures the story relies on come from, year by year.",
  "teach.opening.step1": "Filter the table to rows where iso3 is SLV and preferred is true: one row per year, the figure the story uses.",
  "teach.opening.step2": "Make a line chart of rate_per_100k by year. A year with an empty rate (the source gave only a count) stays blank.",
  "teach.opening.step3":
    "Use the series column to mark which years come from UNODC and which from the government. In which year does the source change, and could the change itself affect the trend?",
  "teach.the-fall.summary":
    "El Salvador's homicide rate rose and fell but stayed very high for years after the civil war ended in 1992, through the Mano Dura crackdowns and a short-lived gang truce in 2012, and peaked in 2015. The decline began before Nayib Bukele took office in 2019, and by the government's count it became much steeper after the state of exception began in 2022. By UNODC's figures El Salvador went from the highest rate of the neighbouring countries in the chart in 2015 (UNODC has no figure for Guatemala that year) to the lowest of the six in 2022.",
  "teach.the-fall.q1":
    "The chart follows UNODC's comparable series until it stops, then the government's own figures. What is gained and what is lost when a chart switches source?",
  "teach.the-fall.q2": "The rate was already falling before 2019. What does the timing suggest about giving one policy or one government the credit?",
  "teach.the-fall.q3":
    "Mano Dura, the truce and the state of exception were each followed by a different trend. What else, besides policing, might push a homicide rate up or down?",
  "teach.the-fall.aim": "Compare the published versions of one figure, El Salvador's homicide rate in its worst year, by source.",
  "teach.the-fall.step1": "Filter the table to rows where iso3 is SLV and year is 2015.",
  "teach.the-fall.step2": "List each row's rate_per_100k, count and series. Which version gives the highest rate and which the lowest? How far apart are they?",
  "teach.the-fall.step3": "Find the row whose preferred is true: the version the story uses. Suggest why it might have been chosen.",
  "teach.the-fall.step4": "Look up two of the source_id values in /data/sources.csv to see who published them.",
  "teach.the-missing.summary":
    "Since 2019, according to the press reports the story cites, El Salvador's official homicide count has left out some kinds of death: suspected gang members killed in alleged clashes with the security forces, bodies found in clandestine graves and deaths in custody, and no official reason for the exclusions was found. Researchers and journalists have made estimates that add some of these back; they are higher than the official count but still show a steep fall since 2015. The government has published no figure for what its count leaves out.",
  "teach.the-missing.q1": "Why does it matter which deaths a homicide count includes, and who should decide the rules?",
  "teach.the-missing.q2":
    "The estimates come from a university observatory, a newspaper and a magazine's analysis. How would you judge how far to trust each one?",
  "teach.the-missing.q3": "If the true total were higher than the official count, would that change the story's main conclusion, or only the size of the fall?",
  "teach.the-missing.aim": "Put the official count beside the estimates of what it leaves out.",
  "teach.the-missing.step1": "Filter the table to rows where iso3 is SLV and year is 2022 or 2023.",
  "teach.the-missing.step2":
    "Put the rows whose series is official beside those whose series is alternative or press-tally, and sort each year's rows by count.",
  "teach.the-missing.step3":
    "For each non-official row, read the note: what did it add to the official count, and is it a count or an estimate? Work out how far each is above the official count.",
  "teach.the-pact.summary":
    "A fall in killings in El Salvador has coincided with a deal between officials and the gangs before, during the truce of 2012. For the Bukele years, journalists, the US Treasury and a US indictment allege that officials negotiated with gang leaders over fewer killings and political support in exchange for benefits for the gangs. The indictment's allegations have not been tried in court, and the government denies that any pact was made.",
  "teach.the-pact.q1":
    "What kinds of evidence does the story present: prison records, recordings, sanctions, an indictment, interviews? Which do you find strongest, and why?",
  "teach.the-pact.q2": "How should a news story report an allegation that the accused deny and that no court has tested?",
  "teach.the-pact.q3": "Why might a government negotiate with criminal groups, and what are the risks of doing so in secret?",
  "teach.the-pact.aim": "Sort the events of the reported pact by who makes each claim.",
  "teach.the-pact.step1": "Filter the table to rows whose category is pact, us-policy or us-justice, and sort them by date.",
  "teach.the-pact.step2":
    "For each event, note whose claim it rests on: the government, journalists, the US government or the gangs' leaders. Use the description, and look up publishers in /data/sources.csv through source_ids.",
  "teach.the-pact.step3": "Mark each event as a documented action (a transfer, a sanction, a published report) or an allegation. Which are which?",
  "teach.the-price.summary":
    "The state of exception suspended some due-process guarantees, and the police and army arrested people in very large numbers, minors among them. By government figures the prison population more than doubled in a year and a half, and by the World Prison Brief's figures no country jails a larger share of its people. The government's arrest totals include people later released, and a new mega-prison, CECOT, became the policy's symbol.",
  "teach.the-price.q1":
    "The story gives several incarceration rates for El Salvador, from different dates and sources. Why does it matter when a figure was counted?",
  "teach.the-price.q2": "Arrest totals include people later released. Why is a count of arrests not the same as the number of people in prison?",
  "teach.the-price.q3": "What rights are affected when due-process guarantees are suspended, and who should check how such powers are used?",
  "teach.the-price.aim": "Chart the prison population and see why the published incarceration rates differ.",
  "teach.the-price.step1":
    "Filter the table to rows where iso3 is SLV and preferred is true, and chart prisoners by date. Where does the series column change from wpb to official?",
  "teach.the-price.step2": "Now filter to SLV rows dated 2024 that have a rate_per_100k. List the rates and their sources.",
  "teach.the-price.step3":
    "Read each of those rows' notes, and the prison-population caveats in /data/README.md: which count and which population is each rate based on?",
  "teach.deaths-in-custody.summary":
    "People have died in state custody since the first weeks of the state of exception. The government has not published a death toll, so the figures come from human-rights organisations, each counting the deaths it can verify by its own method. Their counts differ, and the story shows them separately rather than adding them up.",
  "teach.deaths-in-custody.q1": "Why do the organisations' counts differ, and why would it be wrong to add them together?",
  "teach.deaths-in-custody.q2": "Who is responsible for recording deaths in state custody, and what does it mean when no official toll is published?",
  "teach.deaths-in-custody.q3": "One group says the true total could be far higher than the deaths it has confirmed. How could anyone check a claim like that?",
  "teach.deaths-in-custody.aim": "Follow each organisation's count over time without mixing them.",
  "teach.deaths-in-custody.step1": "Filter the table to rows where measure is deaths-in-custody-cumulative, then sort by counted_by and date.",
  "teach.deaths-in-custody.step2":
    "Chart value by date with one line for cristosal and one for sjh, the two organisations with the most rows. Leave out rows whose preferred is false, and read their notes to see why.",
  "teach.deaths-in-custody.step3":
    "Look at the qualifier column: which figures are exact, which approximate and which a minimum (floor)? How should each be worded in a sentence?",
  "teach.rule-of-law.summary":
    "The crackdown came with a concentration of power: soldiers and police entered the Legislative Assembly in 2020, and after Bukele's party won a two-thirds majority in 2021 the new Assembly removed the judges of the Constitutional Chamber and the Attorney General. The reshaped court ruled that a sitting president could seek immediate re-election, although the US State Department said the constitution clearly bars consecutive terms; Bukele won a second term in 2024, and in 2025 the Assembly approved indefinite re-election.",
  "teach.rule-of-law.q1": "What do independent courts and an independent attorney general do to check a government's power?",
  "teach.rule-of-law.q2":
    "Bukele won re-election with a large majority of valid votes. How should people weigh popular support against the limits on power that a constitution sets?",
  "teach.rule-of-law.q3": "Which events in the chart changed the rules themselves, rather than who held office?",
  "teach.rule-of-law.aim": "Build a timeline of the changes to who holds power and to the rules.",
  "teach.rule-of-law.step1": "Filter the table to rows whose category is courts, elections or democracy, dated 2019 or later, and sort them by date.",
  "teach.rule-of-law.step2":
    "For each event, decide whether it changed who holds office or changed the rules (the courts, term limits, how the constitution is amended).",
  "teach.rule-of-law.step3": "Draw a timeline with the two kinds of event in two rows. Read the note column for any disputed details.",
  "teach.the-spread.summary":
    "The two gangs at the centre of the story began in Los Angeles and came to Central America with US deportations in the 1990s. They built mass membership in El Salvador and Honduras and lasting structures in Guatemala and Mexico; in El Salvador, InSight Crime judged in December 2023 that the crackdown had largely dismantled them, while elsewhere the evidence ranges from documented cells to disputed claims, and the documented number of gang members caught abroad since the crackdown is in the hundreds. The drug seizures the government reports track enforcement as much as trafficking, and no independent estimate of the drugs passing through El Salvador was found.",
  "teach.the-spread.q1":
    "The map grades how solid the evidence is for each gang in each country. Why is that more careful than simply marking where a gang is “present”?",
  "teach.the-spread.q2": "Did the crackdown push gang members abroad? What evidence does the story give, and what more would you need to know?",
  "teach.the-spread.q3": "Why might the amount of drugs seized say as much about policing as about trafficking?",
  "teach.the-spread.aim": "Summarise where each gang is reported, and how strong the evidence is.",
  "teach.the-spread.step1":
    "Make a pivot table that counts countries, with presence as rows and gang as columns. (In El Salvador, Barrio 18's two factions have rows of their own.)",
  "teach.the-spread.step2": "Use /data/countries.csv to turn the iso3 codes into country names (match on iso3).",
  "teach.the-spread.step3": "Find the row where disputed is true and read its evidence: who made the claim, and who disputes it?",
  "teach.the-copycats.summary":
    "Honduras declared a partial state of exception in 2022, and Ecuador declared an “internal armed conflict” against criminal groups in 2024, each adopting measures like El Salvador's. The results so far are mixed: by official figures Honduras's rate kept falling, continuing a decline that began earlier, while Ecuador's fell in 2024 by police figures and then, by InSight Crime's count, rose to a record in 2025.",
  "teach.the-copycats.q1":
    "Honduras's rate was already falling before its state of exception. How can we tell whether a policy caused a change that had already begun?",
  "teach.the-copycats.q2": "Why might an approach that seemed to work in one country have different results in another?",
  "teach.the-copycats.q3": "Besides homicides, what would you want to measure before judging whether the approach worked?",
  "teach.the-copycats.aim": "Check whether the homicide trend changed after each country's declaration.",
  "teach.the-copycats.step1": "Filter the table to rows where iso3 is HND or ECU and year is 2018 or later.",
  "teach.the-copycats.step2":
    "For each country and year keep the row whose preferred is true; for 2025, where none is preferred, keep the row whose series is insight and label it as InSight Crime's figure.",
  "teach.the-copycats.step3":
    "Chart both countries' rates, and mark Honduras's declaration (December 2022) and Ecuador's (January 2024). Did either trend change after the declaration?",
  "teach.mano-duras-record.summary":
    "El Salvador has tried mass arrests before: after the Mano Dura and Súper Mano Dura campaigns of 2003 and 2004 the prisons filled, but the homicide rate did not fall and the gangs survived. Less than a decade later their imprisoned leaders were at the centre of the 2012 truce. The story asks whether the far larger current crackdown, which InSight Crime judged in December 2023 to have largely dismantled the gangs, will outlast the state of exception, and whether the figures that measure it can be checked.",
  "teach.mano-duras-record.q1": "Thinking about what happens inside prisons, why might putting more people in prison not reduce gang violence?",
  "teach.mano-duras-record.q2": "What is different about the current crackdown, and what is similar to the earlier ones?",
  "teach.mano-duras-record.q3": "What evidence, gathered over how many years, would show whether the current fall lasts?",
  "teach.mano-duras-record.aim": "Compare the growth of the prison population with the homicide rate in the Mano Dura years.",
  "teach.mano-duras-record.step1": "Filter the table to rows where iso3 is SLV, series is wpb and preferred is true, and chart prisoners by date.",
  "teach.mano-duras-record.step2": "Work out how many times larger the prison population was in 2014 than in 2002.",
  "teach.mano-duras-record.step3":
    "In /data/homicide-rates.csv, filter to iso3 SLV and series unodc for the same years, and chart rate_per_100k. Did the homicide rate fall as the prisons filled?",
  "teach.sources-and-method.summary":
    "Every figure in the story comes from the project's published data tables, in which each row names its source. Where sources disagree every version is kept and the one the story uses is marked, and figures found to be wrong are kept for the record but never shown. The section also sets out the limits of the data, such as what official counts exclude and why arrests are not the same as prisoners.",
  "teach.sources-and-method.q1": "Why does the story keep the versions of a figure it does not use, and even figures it found to be wrong?",
  "teach.sources-and-method.q2": "Many sources were read in republished copies. What are the risks of relying on a copy, and how could you check it?",
  "teach.sources-and-method.q3": "How would you trace one number in the story back to where it was first published?",
  "teach.sources-and-method.aim": "Audit the data: find the figures that were rejected, and why.",
  "teach.sources-and-method.step1": "Filter the table to rows where status is rejected, and read each note: why was the figure rejected?",
  "teach.sources-and-method.step2": "Look up each rejected row's source_id in /data/sources.csv. Who published it?",
  "teach.sources-and-method.step3":
    "In /data/sources.csv, count the sources whose notes contain the word SECONDARY. What does that word tell you about how the source was read?",
  "teach.cite.heading": "How to cite",
  "teach.cite.whole-label": "The whole story:",
  "teach.cite.section-label": "One section, for example “{section}”:",
  "teach.cite.whole": "“{work}”, {url}, accessed [date].",
  "teach.cite.section": "“{section}”, in “{work}”, {url}, accessed [date].",
  "teach.cite.replace-date": "Replace [date] with the day you read the page.",
  "teach.cite.corrections":
    "We correct the story when we find an error, and list every correction of substance in its {log}; it was last updated on {date}. Check the list before you hand the story out.",
  "teach.cite.corrections-log": "corrections and updates",
  "teach.licence":
    "The story's text and charts are published under CC BY 4.0: you may copy, print, project and adapt them, for example in class materials, as long as you credit the story. The data keep the terms of their sources: credit the source named in each row, listed in {sources}.",
  "teach.evidence.heading": "Across the story: weighing evidence from organisations under pressure",
  "teach.evidence.intro":
    "Much of the story's evidence comes from El Faro, a newspaper, and from human-rights groups such as Cristosal. Phones of some of their staff were infected with spyware between 2020 and 2021, according to Citizen Lab; a lawyer at Cristosal was arrested in 2025; a new law taxes the foreign funding of groups it classes as foreign agents; and Cristosal and several El Faro journalists now work from abroad, as the section “Sources and method” sets out. This exercise asks how that should change the way we read their findings, and the government's answers to them.",
  "teach.evidence.q1":
    "El Faro and Cristosal have been in public disputes with the government they report on. Does that make their evidence less reliable, more valuable, or neither? What would you check before relying on it?",
  "teach.evidence.q2":
    "The government denies any link to the spyware and denies that detainees are tortured. Forensic checks confirmed the infections, but not who ordered them, and most accounts of torture cannot be checked independently. How can a reader weigh a denial against a report when only part of it can be verified?",
  "teach.evidence.q3": "If the organisations that document abuses have to work from abroad, what becomes harder to know, and who else could find it out?",
  "teach.evidence.aim": "Set what happened to the story's sources beside the figures they produced, and tell what is established from what is only reported.",
  "teach.evidence.step1":
    "Filter /data/timeline.csv to the rows whose category is civic-space and sort them by date. For each event, note who acted: the government, the Assembly, the prosecutors or police, the organisation itself, someone else, or nobody known.",
  "teach.evidence.step2":
    "Filter /data/state-of-exception.csv to the rows whose counted_by is cristosal and find the date of its latest figure. Which events of step 1 came before it, and which after?",
  "teach.evidence.step3":
    "Read the note of each civic-space row, and the note column of /data/context-figures.csv. Which claims are given as established, which as reported or alleged, and who denies them? Write one sentence about one event that a reader could rely on, saying who says what.",
};
