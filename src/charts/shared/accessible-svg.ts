/**
 * Makes a drawn chart accessible. A chart is one image for assistive technology (role="img",
 * named by the figure's title, described by its text description), unless some of its marks
 * carry tooltips (Plot's `title` channel): then the chart is a group whose only readable parts
 * are those marks, each focusable and named by its tooltip, so keyboard and screen-reader users
 * reach the same details as a mouse. A tip's words are kept once, as the mark's aria-label,
 * which src/scrolly/tooltips.ts shows; data-tip only marks it. Plot's aria-label on every mark
 * group goes either way: on a plain <g> ARIA forbids it.
 */
export interface SvgLabels {
  labelledBy?: string;
  describedBy?: string;
}

export function asAccessibleImage(svg: SVGSVGElement, { labelledBy, describedBy }: SvgLabels): SVGSVGElement {
  if (labelledBy) svg.setAttribute("aria-labelledby", labelledBy);
  if (describedBy) svg.setAttribute("aria-describedby", describedBy);
  for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
  const tips = [...svg.querySelectorAll("title")];
  if (tips.length === 0) {
    svg.setAttribute("role", "img");
    return svg;
  }
  svg.setAttribute("role", "group");
  // Axes, labels and lines stay visible but silent; the description says what they show.
  // <style> is never rendered, and ARIA attributes are not allowed on it.
  for (const child of svg.children) {
    const tag = child.tagName.toLowerCase();
    if (tag !== "title" && tag !== "style" && !child.querySelector("title")) child.setAttribute("aria-hidden", "true");
  }
  for (const title of tips) {
    const mark = title.parentElement!;
    mark.setAttribute("tabindex", "0");
    mark.setAttribute("role", "img");
    mark.setAttribute("aria-label", title.textContent ?? "");
    mark.setAttribute("data-tip", "");
    title.remove();
  }
  return svg;
}
