import { followScroll } from "./reading.ts";

/** Browser only: the reading-progress bar, the share of the page scrolled so far. */
export function startProgress(bar: HTMLElement) {
  const update = () => {
    const scrollable = document.documentElement.scrollHeight - window.innerHeight;
    const share = scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1;
    bar.style.transform = `scaleX(${share})`;
  };
  followScroll(update, { onResize: true });
  update();
}
