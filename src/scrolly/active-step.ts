/**
 * Which step is active for a given scroll position: the last step whose top has passed the
 * trigger line, or the first step when none has. Pure, so the rule that decides what a reader
 * who lands mid-story, reloads or scrolls back sees can be tested without a browser.
 */
export function activeStepIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) active = index;
  });
  return active;
}
