/**
 * Browser only: while a phone's sticky chart holds the top of the screen (Scrolly.astro), the
 * page's scroll padding starts below it, so Page Down, Space and scrolling to a focused element
 * bring things up below the chart rather than under it. Elsewhere on the page the padding is the
 * stylesheet's own. Returns a function that stops it.
 */
import { followScroll } from "./reading.ts";

// The layout in which cards pass under the chart: Scrolly.astro's phone layout, tall enough.
const UNDER = "(max-width: 899px) and (min-height: 720px)";
const PROPERTY = "--stuck-graphic";

export function startStuckPadding(scrollies: readonly HTMLElement[]): () => void {
  const root = document.documentElement;
  const under = window.matchMedia(UNDER);
  const update = () => {
    const stuck = under.matches
      ? scrollies
          .map((s) => ({
            track: s.querySelector<HTMLElement>(".scrolly-track")!.getBoundingClientRect(),
            graphic: s.querySelector<HTMLElement>(".scrolly-graphic")!,
          }))
          .find(({ track, graphic }) => track.top <= 0 && track.bottom > graphic.offsetHeight)
      : undefined;
    if (stuck) root.style.setProperty(PROPERTY, `${stuck.graphic.offsetHeight}px`);
    else root.style.removeProperty(PROPERTY);
  };
  const stop = followScroll(update, { onResize: true });
  // In a frame, not now: reading the layout while the page is still loading would force one.
  requestAnimationFrame(update);
  return () => {
    stop();
    root.style.removeProperty(PROPERTY);
  };
}
