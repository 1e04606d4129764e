/**
 * Browser only, and the only file that knows Scrollama: moves each sticky graphic to the state
 * of the step being read, forwards and backwards. The graphic exposes what it shows as
 * data-state and data-step, which tests read.
 */
import scrollama from "scrollama";
import { activeStepIndex } from "./active-step.ts";

// Where on the screen a step becomes active, as a share of the viewport height from the top.
const TRIGGER = 0.6;

function show(scrolly: HTMLElement, step: HTMLElement | undefined) {
  const graphic = scrolly.querySelector<HTMLElement>(".scrolly-graphic")!;
  const state = step?.dataset.state ?? graphic.dataset.summary!;
  graphic.dataset.state = state;
  if (step) graphic.dataset.step = step.id;
  else delete graphic.dataset.step;
  for (const layer of scrolly.querySelectorAll<HTMLElement>(".state-layer")) {
    layer.classList.toggle("is-active", layer.dataset.state === state);
  }
  for (const s of scrolly.querySelectorAll<HTMLElement>(".step")) s.classList.toggle("is-active", s === step);
}

/**
 * Puts a graphic into the state of the step at the trigger line now. Scrollama says when a step
 * crosses the line; the step itself is read from positions, so that a jump (a link to an anchor,
 * a reload, a fast fling) that crosses several steps at once still ends on the right one.
 */
function showCurrent(scrolly: HTMLElement) {
  const steps = [...scrolly.querySelectorAll<HTMLElement>(".step")];
  const tops = steps.map((s) => s.getBoundingClientRect().top);
  show(scrolly, steps[activeStepIndex(tops, window.innerHeight * TRIGGER)]);
}

export interface Scroller {
  destroy(): void;
}

/** Starts scroll-driven graphics; destroy() returns every graphic to its summary state. */
export function startScroller(scrollies: HTMLElement[]): Scroller {
  const root = document.documentElement;
  root.classList.add("no-transitions");
  scrollies.forEach(showCurrent);
  // Two frames: the first paints the current state, the second re-enables transitions.
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("no-transitions")));

  const instances = scrollies.map((scrolly) =>
    scrollama()
      .setup({ step: [...scrolly.querySelectorAll<HTMLElement>(".step")], offset: TRIGGER })
      .onStepEnter(() => showCurrent(scrolly))
      .onStepExit(() => showCurrent(scrolly)),
  );
  // The browser scrolls to a #step after this script may have run; follow it there.
  const followHash = () => scrollies.forEach(showCurrent);
  window.addEventListener("hashchange", followHash);
  window.addEventListener("load", followHash);
  return {
    destroy() {
      window.removeEventListener("hashchange", followHash);
      window.removeEventListener("load", followHash);
      for (const instance of instances) instance.destroy();
      for (const scrolly of scrollies) show(scrolly, undefined);
    },
  };
}
