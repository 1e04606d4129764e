/**
 * Browser only: puts a chart's waiting states into the page. ChartLayers.astro draws every state
 * at build time but ships only the first one as elements; the others come as <template>s, so
 * that loading the story does not style and lay out thousands of elements nobody sees yet.
 */

/** Puts the layer's drawings into the page, if they are still waiting. */
export function drawLayer(layer: HTMLElement): void {
  const waiting = layer.querySelector<HTMLTemplateElement>(":scope > template");
  if (waiting) waiting.replaceWith(waiting.content);
}

// Safari has no requestIdleCallback; a timeout still lets the browser paint and scroll between layers.
const whenIdle = (work: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(work) : setTimeout(work, 1));

/**
 * Once the reader scrolls, draws the waiting layers of each chart within a screen of the
 * viewport, one layer per idle moment, so that a step's picture is in place (and fades in)
 * before the step arrives, and no drawing holds up loading or scrolling. Returns a function
 * that stops it.
 */
export function drawLayersAhead(charts: readonly HTMLElement[]): () => void {
  const queue: HTMLElement[] = [];
  let pumping = false;
  const pump = () => {
    const layer = queue.shift();
    if (!layer) {
      pumping = false;
      return;
    }
    drawLayer(layer);
    whenIdle(pump);
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        queue.push(...entry.target.querySelectorAll<HTMLElement>(".state-layer:has(> template)"));
      }
      if (!pumping && queue.length > 0) {
        pumping = true;
        whenIdle(pump);
      }
    },
    { rootMargin: "100% 0px" },
  );
  const begin = () => charts.forEach((chart) => near.observe(chart));
  window.addEventListener("scroll", begin, { once: true, passive: true });
  return () => {
    window.removeEventListener("scroll", begin);
    near.disconnect();
    queue.length = 0;
  };
}
