/**
 * Where the reader is, for every script that follows the scroll, and the line they read at.
 * - The reading line: how far down the screen a step takes over its graphic (80% on phones, 60%
 *   once Scrolly.astro lays a sequence out in two columns). The scroller, the language switch
 *   and the CSS use this one definition; the CSS gets it as --below-reading-line, the part of
 *   the screen under the line (READING_LINE_CSS, in every page's head).
 * - One scroll and one resize listener for the page (browser only): in each frame in which the
 *   page scrolled or was resized, every follower runs once, in the order they started, so that
 *   the layout is read once a frame, not once a script.
 */

export const READING_LINE = { phone: 0.8, twoColumns: 0.6, twoColumnsFrom: 900 } as const;

const TWO_COLUMNS = `(min-width: ${READING_LINE.twoColumnsFrom}px)`;

export const READING_LINE_CSS = `:root{--below-reading-line:${Math.round((1 - READING_LINE.phone) * 100)}svh}@media ${TWO_COLUMNS}{:root{--below-reading-line:${Math.round((1 - READING_LINE.twoColumns) * 100)}svh}}`;

/** The reading line now, as a share of the viewport's height from its top. */
export function readingLine(): (typeof READING_LINE)["phone" | "twoColumns"] {
  return window.matchMedia(TWO_COLUMNS).matches ? READING_LINE.twoColumns : READING_LINE.phone;
}

/** What made a frame's followers run. */
export type Moved = "scroll" | "resize";

interface Follower {
  run: (moved: Moved) => void;
  onResize: boolean;
}

const followers = new Set<Follower>();
let queued: Moved | undefined;

function queue(moved: Moved) {
  // A resize in the frame counts for the frame: followers that care about it must hear of it.
  if (queued !== undefined) {
    if (moved === "resize") queued = "resize";
    return;
  }
  queued = moved;
  requestAnimationFrame(() => {
    const why = queued!;
    queued = undefined;
    for (const follower of followers) if (why === "scroll" || follower.onResize) follower.run(why);
  });
}

const onScroll = () => queue("scroll");
const onResize = () => queue("resize");

/**
 * Runs `run` once in every frame in which the page scrolled, and, with `onResize`, in which it
 * was resized (a rotated phone, a resized window). Returns a function that stops it.
 */
export function followScroll(run: (moved: Moved) => void, { onResize: resize = false } = {}): () => void {
  const follower = { run, onResize: resize };
  if (followers.size === 0) {
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onResize, { passive: true });
  }
  followers.add(follower);
  return () => {
    followers.delete(follower);
    if (followers.size > 0) return;
    window.removeEventListener("scroll", onScroll);
    window.removeEventListener("resize", onResize);
  };
}
