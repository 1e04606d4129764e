/**
 * Makes a drawn chart one image for assistive technology: role="img", named by the figure's
 * title and described by its text description. Plot labels each mark's group with aria-label;
 * inside an image those labels are never read, and on a plain <g> ARIA forbids them, so they go.
 */
export interface SvgLabels {
  labelledBy?: string;
  describedBy?: string;
}

export function asAccessibleImage(svg: SVGSVGElement, { labelledBy, describedBy }: SvgLabels): SVGSVGElement {
  svg.setAttribute("role", "img");
  if (labelledBy) svg.setAttribute("aria-labelledby", labelledBy);
  if (describedBy) svg.setAttribute("aria-describedby", describedBy);
  for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
  return svg;
}
