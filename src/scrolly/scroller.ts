/**
 * Browser only, and the only file that knows Scrollama: moves each sticky graphic to the state
 * of the step being read, forwards and backwards. The graphic exposes what it shows as
 * data-state and data-step, which tests read.
 */
import scrollama from "scrollama";
import { activeStepIndex } from "./active-step.ts";
import { drawLayer, drawLayersAhead, isDrawn, isNear, onWidthChange } from "./layers.ts";
import { followScroll, readingLine } from "./reading.ts";

/**
 * Shows the step's state (the summary when there is no step). A state not drawn yet at the
 * column's width is fetched if the graphic is `near` the screen (drawLayersAhead fetches the
 * others as the reader comes), and the summary stays until it has come (for good, if it cannot
 * come); `drawn` is called when it has. While the reader's focus is on a mark of the drawing
 * shown, that drawing stays until focus leaves the graphic: a step or a fetched state must not
 * hide what is focused.
 */
function show(scrolly: HTMLElement, step: HTMLElement | undefined, near: boolean, drawn: () => void) {
  const graphic = scrolly.querySelector<HTMLElement>(".scrolly-graphic")!;
  const layers = [...scrolly.querySelectorAll<HTMLElement>(".state-layer")];
  const wanted = layers.find((layer) => layer.dataset.state === (step?.dataset.state ?? graphic.dataset.summary));
  const shown = layers.find((layer) => layer.classList.contains("is-active"));
  const focusHeld = shown?.contains(document.activeElement) === true;
  let state = graphic.dataset.summary!;
  if (focusHeld) state = shown.dataset.state!;
  else if (wanted && isDrawn(wanted)) state = wanted.dataset.state!;
  else if (wanted && near) void drawLayer(wanted).then((done) => done && drawn());
  graphic.dataset.state = state;
  if (step) graphic.dataset.step = step.id;
  else delete graphic.dataset.step;
  for (const layer of layers) layer.classList.toggle("is-active", layer.dataset.state === state);
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
  return steps[activeStepIndex(tops, window.innerHeight * readingLine())];
}

/**
 * Puts graphics into the state of their current steps. Every position is read before anything
 * changes, so the page is laid out once, not once a graphic. `live` says whether the scroller
 * still runs when a fetched state comes.
 */
function showCurrent(scrollies: HTMLElement[], live: () => boolean) {
  const current = scrollies.map(currentStep);
  const near = scrollies.map(isNear);
  scrollies.forEach((scrolly, i) => {
    show(scrolly, current[i], near[i]!, () => {
      if (live()) showCurrent([scrolly], live);
    });
  });
}

// Scrollama 3 moves its trigger line with offset(), which its types leave out (they name an
// offsetTrigger the library does not have).
type Movable = ReturnType<typeof scrollama> & { offset(value: number): unknown };

export interface Scroller {
  destroy(): void;
}

/** Starts scroll-driven graphics; destroy() returns every graphic to its summary state. */
export function startScroller(scrollies: HTMLElement[]): Scroller {
  const root = document.documentElement;
  let running = true;
  const live = () => running;
  root.classList.add("no-transitions");
  showCurrent(scrollies, live);
  const stopDrawing = drawLayersAhead(scrollies, (scrolly) => {
    if (live()) showCurrent([scrolly], live);
  });
  const stopWatching = onWidthChange(scrollies, (scrolly) => showCurrent([scrolly], live));
  // A drawing held back while a mark was focused (see show) is shown once focus leaves the graphic.
  const onFocusOut = (event: FocusEvent) => {
    const graphic = (event.target as Element).closest<HTMLElement>(".scrolly-graphic");
    if (graphic && !graphic.contains(event.relatedTarget as Node | null)) showCurrent([graphic.closest<HTMLElement>(".scrolly")!], live);
  };
  document.addEventListener("focusout", onFocusOut);
  // Two frames: the first paints the current state, the second re-enables transitions.
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("no-transitions")));

  const instances = scrollies.map((scrolly) =>
    scrollama()
      .setup({ step: [...scrolly.querySelectorAll<HTMLElement>(".step")], offset: readingLine() })
      .onStepEnter(() => showCurrent([scrolly], live))
      .onStepExit(() => showCurrent([scrolly], live)),
  );
  // Scrollama fires when a step crosses the trigger line. A jump can land without any step
  // crossing it (a link to #step, a reload, scrollTo), so each pause in scrolling, the load and
  // every hash change also put the graphics right.
  const settle = () => showCurrent(scrollies, live);
  let pause: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(pause);
    pause = setTimeout(settle, 120);
  };
  // Scrollama fixes its trigger line when it is set up: a rotated phone, or a window that
  // crosses into the two-column layout, moves the line and the steps.
  const stopFollowing = followScroll(
    (moved) => {
      if (moved !== "resize") return;
      for (const instance of instances) (instance as Movable).offset(readingLine());
      settle();
    },
    { onResize: true },
  );
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("hashchange", settle);
  window.addEventListener("load", settle);
  return {
    destroy() {
      running = false;
      clearTimeout(pause);
      stopDrawing();
      stopWatching();
      stopFollowing();
      document.removeEventListener("focusout", onFocusOut);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("hashchange", settle);
      window.removeEventListener("load", settle);
      for (const instance of instances) instance.destroy();
      for (const scrolly of scrollies) show(scrolly, undefined, false, () => undefined);
    },
  };
}
