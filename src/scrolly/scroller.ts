/**
 * Browser only, and the only file that knows Scrollama: moves each sticky graphic to the state
 * of the step being read, forwards and backwards. The graphic exposes what it shows as
 * data-state and data-step, which tests read.
 */
import scrollama from "scrollama";
import { activeStepIndex } from "./active-step.ts";
import { drawLayer, drawLayersAhead } from "./layers.ts";

// Where on the screen a step becomes active, as a share of the viewport height from the top.
// On phones the text scrolls over the graphic, so a step takes over while its card is still
// low on the screen and the reader sees the chart change above it.
export function trigger(): 0.6 | 0.8 {
  return window.matchMedia("(min-width: 900px)").matches ? 0.6 : 0.8;
}

function show(scrolly: HTMLElement, step: HTMLElement | undefined) {
  const graphic = scrolly.querySelector<HTMLElement>(".scrolly-graphic")!;
  const state = step?.dataset.state ?? graphic.dataset.summary!;
  graphic.dataset.state = state;
  if (step) graphic.dataset.step = step.id;
  else delete graphic.dataset.step;
  for (const layer of scrolly.querySelectorAll<HTMLElement>(".state-layer")) {
    // A jump can arrive before the layers drawn ahead of the reader have come.
    if (layer.dataset.state === state) drawLayer(layer);
    layer.classList.toggle("is-active", layer.dataset.state === state);
  }
  for (const s of scrolly.querySelectorAll<HTMLElement>(".step")) s.classList.toggle("is-active", s === step);
}

/**
 * The step at the trigger line now. Scrollama says when a step crosses the line; the step itself
 * is read from positions, so that a jump (a link to an anchor, a reload, a fast fling) that
 * crosses several steps at once still ends on the right one.
 */
function currentStep(scrolly: HTMLElement): HTMLElement | undefined {
  const steps = [...scrolly.querySelectorAll<HTMLElement>(".step")];
  const tops = steps.map((s) => s.getBoundingClientRect().top);
  return steps[activeStepIndex(tops, window.innerHeight * trigger())];
}

/**
 * Puts graphics into the state of their current steps. Every position is read before anything
 * changes, so the page is laid out once, not once a graphic.
 */
function showCurrent(scrollies: HTMLElement[]) {
  const current = scrollies.map(currentStep);
  scrollies.forEach((scrolly, i) => show(scrolly, current[i]));
}

export interface Scroller {
  destroy(): void;
}

/** Starts scroll-driven graphics; destroy() returns every graphic to its summary state. */
export function startScroller(scrollies: HTMLElement[]): Scroller {
  const root = document.documentElement;
  root.classList.add("no-transitions");
  showCurrent(scrollies);
  const stopDrawing = drawLayersAhead(scrollies);
  // Two frames: the first paints the current state, the second re-enables transitions.
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("no-transitions")));

  const instances = scrollies.map((scrolly) =>
    scrollama()
      .setup({ step: [...scrolly.querySelectorAll<HTMLElement>(".step")], offset: trigger() })
      .onStepEnter(() => showCurrent([scrolly]))
      .onStepExit(() => showCurrent([scrolly])),
  );
  // Scrollama fires when a step crosses the trigger line. A jump can land without any step
  // crossing it (a link to #step, a reload, scrollTo), so each pause in scrolling, the load and
  // every hash change also put the graphics right.
  const settle = () => showCurrent(scrollies);
  let pause: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(pause);
    pause = setTimeout(settle, 120);
  };
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("hashchange", settle);
  window.addEventListener("load", settle);
  return {
    destroy() {
      clearTimeout(pause);
      stopDrawing();
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("hashchange", settle);
      window.removeEventListener("load", settle);
      for (const instance of instances) instance.destroy();
      for (const scrolly of scrollies) show(scrolly, undefined);
    },
  };
}
