/** English words of the story's section "mano-duras-record": heading, share description and prose. Every key starts with "story.mano-duras-record.". */
export default {
  "story.mano-duras-record.title": "Mano Dura's record",
  "story.mano-duras-record.description":
    "El Salvador has tried mass arrests before: after the Mano Dura campaigns of 2003 and 2004 the prisons filled, but the homicide rate did not fall and the gangs survived.",
  "story.mano-duras-record.arrests":
    "El Salvador has tried mass arrests before. After Mano Dura in 2003 and Súper Mano Dura in 2004 the prisons filled: the prison population went from {n:slv-prisoners-2002} in 2002 to {n:slv-prisoners-2014} in 2014. The homicide rate did not fall: it was {n:slv-2003-rate} in 2003 and {n:slv-2009-rate} in 2009.",
  "story.mano-duras-record.truce":
    "The gangs survived the crackdowns. Less than a decade after Mano Dura began, their imprisoned leaders were at the centre of the 2012 truce.",
  "story.mano-duras-record.the-test":
    "The current crackdown is far larger, and the fall in recorded killings that has come with it far steeper; [InSight Crime](source:insight-2023-12-weekly) judged in December 2023 that it had largely dismantled the gangs. The earlier record shows that mass arrests alone did not bring lasting results. The test of this one is whether the fall survives the end of the state of exception, and whether the figures that measure it can be checked.",
};
