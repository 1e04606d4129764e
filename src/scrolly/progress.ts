/** Browser only: the reading-progress bar, the share of the page scrolled so far. */
export function startProgress(bar: HTMLElement) {
  let queued = false;
  const update = () => {
    queued = false;
    const scrollable = document.documentElement.scrollHeight - window.innerHeight;
    const share = scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1;
    bar.style.transform = `scaleX(${share})`;
  };
  const request = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  window.addEventListener("scroll", request, { passive: true });
  window.addEventListener("resize", request, { passive: true });
  update();
}
