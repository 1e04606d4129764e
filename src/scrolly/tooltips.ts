/**
 * Browser only: one tooltip for every chart mark drawn with a tip (data-tip, its words in its
 * aria-label, see src/charts/shared/accessible-svg.ts). It shows on hover and on keyboard
 * focus, and Escape hides it; marks drawn later (src/scrolly/layers.ts) are handled the same way.
 */
export function startTooltips(root: Document) {
  const tip = root.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  root.body.append(tip);

  const show = (mark: Element) => {
    tip.textContent = mark.getAttribute("aria-label");
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
    const above = box.top - tip.offsetHeight - 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${(above > 8 ? above : box.bottom + 8) + window.scrollY}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest("[data-tip]") : null);

  root.addEventListener("pointerover", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  root.addEventListener("pointerout", (event) => {
    if (markOf(event.target)) hide();
  });
  root.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
    else hide();
  });
  root.addEventListener("focusout", hide);
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
}
