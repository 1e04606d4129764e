/**
 * The story page's only script: reading progress, the flat/scrolling switch, the scroll-driven
 * graphics, chart tooltips, the address bar that follows the reader, the copy-link buttons and
 * the language switch that keeps the reader's place.
 * Charts are already drawn in the HTML; nothing here draws.
 */
import { followSections } from "./address.ts";
import { startLanguageSwitch } from "./language-switch.ts";
import { drawSummariesAhead } from "./layers.ts";
import { startProgress } from "./progress.ts";
import { currentMode, SCROLLY_CLASS, storeMode, type ReadingMode } from "./reading-mode.ts";
import { startScroller, type Scroller } from "./scroller.ts";
import { startSharing } from "./share.ts";
import { startStuckPadding } from "./stuck-padding.ts";
import { startTooltips } from "./tooltips.ts";

const scrollies = [...document.querySelectorAll<HTMLElement>(".scrolly")];
const toggle = document.querySelector<HTMLButtonElement>("#reading-mode");
const bar = document.querySelector<HTMLElement>(".reading-progress span");
let scroller: Scroller | undefined;
let stopPadding: (() => void) | undefined;

function apply(mode: ReadingMode) {
  document.documentElement.classList.toggle(SCROLLY_CLASS, mode === "scrolly");
  scroller?.destroy();
  scroller = mode === "scrolly" ? startScroller(scrollies) : undefined;
  stopPadding?.();
  stopPadding = mode === "scrolly" ? startStuckPadding(scrollies) : undefined;
  if (toggle) {
    toggle.setAttribute("aria-pressed", String(mode === "flat"));
  }
}

if (bar) startProgress(bar);
drawSummariesAhead([...document.querySelectorAll<HTMLElement>("figure.chart, .scrolly")]);
startTooltips(document);
startSharing(document);
const sections = [...document.querySelectorAll<HTMLElement>(".story-section")];
followSections(sections);
startLanguageSwitch(document, sections);
if (toggle) {
  toggle.addEventListener("click", () => {
    const mode = currentMode() === "flat" ? "scrolly" : "flat";
    storeMode(mode);
    // Keep the reader's place: the element at the top of the screen stays there.
    const anchor = document.elementFromPoint(window.innerWidth / 2, 1);
    const before = anchor?.getBoundingClientRect().top ?? 0;
    apply(mode);
    if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
  });
}
apply(currentMode());
