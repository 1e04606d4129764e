/**
 * Browser only: puts a chart's other states into the page. The page carries only the summary
 * (src/components/ChartLayers.astro); every state of a chart at one width is a static SVG file
 * (src/views/chart-states.ts). A layer is drawn from the file for the width its column shows,
 * fetched once per page (and shared with the embeds through the HTTP cache), parsed as
 * image/svg+xml and imported: no markup is written as HTML. If the file cannot be had, the layer
 * stays empty, and callers keep showing the summary. The story's charts below its first screen
 * carry their summary narrow only; drawSummariesAhead brings the wide one to wide columns.
 */
import { widthFor, type WidthName } from "../charts/shared/widths.ts";

const files = new Map<string, Promise<Map<string, SVGSVGElement>>>();

/** The drawings of a states file by state; empty when the file cannot be fetched or parsed. */
function statesFile(url: string): Promise<Map<string, SVGSVGElement>> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url)
      .then((response) => (response.ok ? response.text() : ""))
      .then((text) => {
        const drawings = new Map<string, SVGSVGElement>();
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        if (doc.querySelector("parsererror")) return drawings;
        for (const svg of doc.documentElement.children) {
          const state = svg.getAttribute("data-state");
          if (state && svg instanceof SVGSVGElement) drawings.set(state, svg);
        }
        return drawings;
      })
      .catch(() => new Map<string, SVGSVGElement>());
    files.set(url, file);
  }
  return file;
}

const holderOf = (layer: HTMLElement) => layer.closest<HTMLElement>(".chart-layers")!;

/** The drawing the layer's column shows now: narrow or wide. */
export function shownWidth(layer: HTMLElement): WidthName {
  return widthFor(holderOf(layer).clientWidth);
}

/** Whether the layer holds the drawing its column shows. */
export function isDrawn(layer: HTMLElement): boolean {
  return layer.querySelector(`:scope > .chart-${shownWidth(layer)}`) !== null;
}

/** Resolves once the reader's focus is outside `element`. */
function focusLeaves(element: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (element.contains(document.activeElement)) return;
      element.removeEventListener("focusout", later);
      resolve();
    };
    // On focusout the next element has not taken the focus yet.
    const later = () => setTimeout(check, 0);
    element.addEventListener("focusout", later);
    check();
  });
}

/** Puts the layer's drawing for its column's width into the page; resolves to whether it is there. */
export async function drawLayer(layer: HTMLElement): Promise<boolean> {
  if (isDrawn(layer)) return true;
  const width = shownWidth(layer);
  const url = holderOf(layer).dataset[width === "wide" ? "statesWide" : "statesNarrow"];
  const drawing = url ? (await statesFile(url)).get(layer.dataset.state!) : undefined;
  if (!drawing) return false;
  // A drawing that holds the reader's focus is not replaced under it.
  await focusLeaves(layer);
  // Another call may have drawn it while the file came.
  if (layer.querySelector(`:scope > .chart-${width}`)) return true;
  const holder = document.createElement("div");
  holder.className = `chart-${width}`;
  // The drawing's own size fixes its box before it is laid out, as the page's summary does.
  holder.style.aspectRatio = `${drawing.getAttribute("width")} / ${drawing.getAttribute("height")}`;
  holder.style.maxWidth = `${drawing.getAttribute("width")}px`;
  holder.append(document.importNode(drawing, true));
  layer.append(holder);
  return true;
}

/**
 * Calls `changed` whenever a chart's column crosses from one drawing's width to the other's
 * (a rotated phone, a resized window or frame), so the state shown can be drawn at the new width.
 * Returns a function that stops it.
 */
export function onWidthChange(charts: readonly HTMLElement[], changed: (chart: HTMLElement) => void): () => void {
  const last = new Map<Element, WidthName>();
  const watch = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const width = widthFor(entry.contentRect.width);
      const before = last.get(entry.target);
      last.set(entry.target, width);
      if (before && before !== width) changed(entry.target.closest<HTMLElement>(".scrolly, [data-embed]") ?? (entry.target as HTMLElement));
    }
  });
  for (const chart of charts) for (const holder of chart.querySelectorAll(".chart-layers")) watch.observe(holder);
  return () => watch.disconnect();
}

/**
 * Calls `begin` once the reader first moves, or at once on a page opened at a place in it:
 * loading the page costs only what it shows. Returns a function that stops waiting.
 */
function onFirstMove(begin: () => void): () => void {
  if (location.hash.length > 1) {
    begin();
    return () => {};
  }
  window.addEventListener("scroll", begin, { once: true, passive: true });
  return () => window.removeEventListener("scroll", begin);
}

/** Whether the element is within two screens of the viewport, as the drawing ahead reaches. */
export function isNear(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > -2 * innerHeight && top < 3 * innerHeight;
}

/**
 * Draws the summary of each chart (a figure or a sequence) at its column's width when the page
 * carries it at the other width only (ChartLayers.astro's wideOnDemand), once the reader has
 * moved and the chart is within two screens, and again whenever its column changes width. In
 * every reading mode: the flat mode and the figures between sequences show their summaries.
 * Returns a function that stops it.
 */
export function drawSummariesAhead(charts: readonly HTMLElement[]): () => void {
  const summaryOf = (el: Element) => el.querySelector<HTMLElement>(".state-layer[data-summary]");
  const drawSummary = (el: Element) => {
    const layer = summaryOf(el);
    if (layer && !isDrawn(layer)) void drawLayer(layer);
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) drawSummary(entry.target);
    },
    { rootMargin: "200% 0px" },
  );
  const stopWaiting = onFirstMove(() => {
    for (const chart of charts) near.observe(chart);
  });
  // A column that turns wide (a rotated phone, a wider window) draws its summary if it is near.
  const stopWatching = onWidthChange(charts, (chart) => {
    if (isNear(chart)) drawSummary(chart);
  });
  return () => {
    stopWaiting();
    stopWatching();
    near.disconnect();
  };
}

// Safari has no requestIdleCallback; a timeout still lets the browser paint and scroll between
// layers. A busy page gets no idle moment, hence the deadline.
const whenIdle = (work: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(work, { timeout: 200 }) : setTimeout(work, 1));

/**
 * Once the reader scrolls, draws the waiting layers of each chart within two screens of the viewport, one
 * layer per idle moment and in the order of its steps, so that a step's picture is in place (and
 * fades in) before the step arrives, a reader tabbing into the graphic finds the first step's
 * picture rather than the summary, and no drawing holds up loading or scrolling. Calls `drawn`
 * with the chart after each layer. Returns a function that stops it.
 */
export function drawLayersAhead(charts: readonly HTMLElement[], drawn: (chart: HTMLElement) => void): () => void {
  const queue: { chart: HTMLElement; layer: HTMLElement }[] = [];
  let pumping = false;
  const pump = () => {
    const next = queue.shift();
    if (!next) {
      pumping = false;
      return;
    }
    void drawLayer(next.layer).then((done) => {
      if (done) drawn(next.chart);
      whenIdle(pump);
    });
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        const chart = entry.target as HTMLElement;
        const layers = [...chart.querySelectorAll<HTMLElement>(".state-layer")].filter((layer) => !isDrawn(layer));
        queue.push(...layers.map((layer) => ({ chart, layer })));
      }
      if (!pumping && queue.length > 0) {
        pumping = true;
        whenIdle(pump);
      }
    },
    { rootMargin: "200% 0px" },
  );
  const stopWaiting = onFirstMove(() => {
    for (const chart of charts) near.observe(chart);
  });
  return () => {
    stopWaiting();
    near.disconnect();
    queue.length = 0;
  };
}
