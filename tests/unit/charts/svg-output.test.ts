import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { asAccessibleImage } from "../../../src/charts/shared/accessible-svg.ts";
import { DRAWING_CSS, formatSvg, roundNumbers } from "../../../src/charts/shared/svg-output.ts";
import { chartColourCss, colour } from "../../../src/styles/palette.ts";

const { document } = new JSDOM("").window;

function svgOf(markup: string): SVGSVGElement {
  const holder = document.createElement("div");
  holder.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="340" height="200">${markup}</svg>`;
  return holder.querySelector("svg")!;
}

describe("roundNumbers", () => {
  it("keeps one decimal at most, and writes no -0 or trailing .0", () => {
    expect(roundNumbers("M12.345678901234,-0.04L3.96,7")).toBe("M12.3,0L4,7");
    expect(roundNumbers("translate(30,105.49999999999999)")).toBe("translate(30,105.5)");
    expect(roundNumbers("M1e-7,2.5E+1")).toBe("M0,25");
  });
});

describe("formatSvg", () => {
  it("rounds coordinates but leaves other numbers alone", () => {
    const svg = formatSvg(svgOf('<path d="M1.23456,2.34567" stroke-width="1.25" fill-opacity="0.125"/>'), { pageCss: false });
    expect(svg.innerHTML).toBe('<path d="M1.2,2.3" stroke-width="1.25" fill-opacity="0.125"></path>');
  });

  it("writes Plot's tabular figures as the CSS property SVG accepts", () => {
    const svg = formatSvg(svgOf('<g font-variant="tabular-nums" style="color: red"></g><g font-variant="tabular-nums"></g>'), { pageCss: false });
    expect(svg.innerHTML).toBe('<g style="color: red;font-variant-numeric:tabular-nums"></g><g style="font-variant-numeric:tabular-nums"></g>');
  });

  it("turns palette colours into classes only when asked, and leaves any other colour", () => {
    const markup = `<g fill="${colour("navy")}" stroke="${colour("muted")}"><rect fill="#123456"/></g>`;
    expect(formatSvg(svgOf(markup), { pageCss: false }).innerHTML).toContain(`fill="${colour("navy")}"`);
    expect(formatSvg(svgOf(markup), { pageCss: true }).innerHTML).toBe('<g class="fill-navy stroke-muted"><rect fill="#123456"></rect></g>');
  });

  it("leaves Plot's own <style> out only of drawings for our pages, which carry its rules once", () => {
    const markup = "<style>:where(.chart-x) { display: block; }</style><style>.ours{}</style><text>1</text>";
    expect(formatSvg(svgOf(markup), { pageCss: false }).querySelectorAll("style")).toHaveLength(2);
    expect(formatSvg(svgOf(markup), { pageCss: true }).innerHTML).toBe("<style>.ours{}</style><text>1</text>");
    expect(DRAWING_CSS).toContain("white-space:pre");
  });

  it("has a rule for every class it writes, following the theme", () => {
    expect(chartColourCss()).toContain(".fill-navy{fill:var(--series-navy)}");
    expect(chartColourCss()).toContain(".stroke-muted{stroke:var(--color-muted)}");
  });
});

describe("asAccessibleImage", () => {
  it("keeps a tip's words once, as the mark's name, and hides no <style>", () => {
    const svg = asAccessibleImage(svgOf("<style>.a{}</style><g><circle><title>El Salvador: 7.8</title></circle></g><g><text>axis</text></g>"), {});
    const mark = svg.querySelector("circle")!;
    expect(mark.getAttribute("aria-label")).toBe("El Salvador: 7.8");
    expect(mark.getAttribute("data-tip")).toBe("");
    expect(svg.querySelectorAll("title")).toHaveLength(0);
    expect(svg.querySelector("style")!.hasAttribute("aria-hidden")).toBe(false);
    expect(svg.querySelectorAll('[aria-hidden="true"]')).toHaveLength(1);
  });
});
