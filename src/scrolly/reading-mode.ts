/**
 * The reader's choice between scrolling graphics and a flat article. The choice is remembered;
 * until one is made, prefers-reduced-motion picks the flat article. The head of the story page
 * reads it and applies that rule inline before first paint (BaseLayout), so nothing jumps.
 */
export type ReadingMode = "scrolly" | "flat";

const STORAGE_KEY = "reading-mode";
export const SCROLLY_CLASS = "scrolly-on";

export function storeMode(mode: ReadingMode) {
  try {
    localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

export function currentMode(): ReadingMode {
  return document.documentElement.classList.contains(SCROLLY_CLASS) ? "scrolly" : "flat";
}
