/**
 * The reader's choice between scrolling graphics and a flat article. The choice is remembered;
 * until one is made, prefers-reduced-motion picks the flat article. The head of every story
 * page applies the same rule inline before first paint (see StoryLayout), so nothing jumps.
 */
export type ReadingMode = "scrolly" | "flat";

export const STORAGE_KEY = "reading-mode";
export const SCROLLY_CLASS = "scrolly-on";

export function storedMode(): ReadingMode | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "scrolly" || value === "flat" ? value : undefined;
  } catch {
    return undefined;
  }
}

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
