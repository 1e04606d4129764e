/** English words of the story's section "mano-duras-record": heading, share description and prose. Every key starts with "story.mano-duras-record.". */
export default {
  "story.mano-duras-record.title": "Mano Dura's record",
  "story.mano-duras-record.description":
    "El Salvador has tried mass arrests before: the Mano Dura campaigns of 2003 and 2004 filled the prisons, but killings did not fall and the gangs were not broken.",
  "story.mano-duras-record.arrests":
    "El Salvador has tried mass arrests before. Mano Dura in 2003 and Súper Mano Dura in 2004 filled the prisons: the prison population went from {n:slv-prisoners-2002} in 2002 to {n:slv-prisoners-2014} in 2014. Killings did not fall. The homicide rate was {n:slv-2003-rate} in 2003 and {n:slv-2009-rate} in 2009.",
  "story.mano-duras-record.truce":
    "The crackdowns did not break the gangs. Less than a decade after Mano Dura began, the government was negotiating a truce with their imprisoned leaders.",
  "story.mano-duras-record.the-test":
    "The current crackdown is far larger, and its effect on recorded killings far greater. The earlier record shows that mass arrests alone did not bring lasting results; the test of this one is whether the fall survives the end of the state of exception, and whether the figures that measure it can be checked.",
};
