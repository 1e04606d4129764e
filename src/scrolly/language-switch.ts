import { followScroll, readingLine } from "./reading.ts";

/**
 * Browser only: keeps the story's language links pointing at the reader's place, so that a
 * reader who changes language mid-story lands on the same step or section (their ids are the same
 * in both languages). The header's switch points at the step or section being read. A section's
 * own switch (data-section), which the reader reaches by scrolling back up to the section's
 * head, points at the last step read in that section, or at the section.
 */

/** The section being read and, if a step of it is at the reading line, that step. */
export function readerPlace(sections: readonly HTMLElement[], line: number): { section?: string; step?: string } {
  let place: { section?: string; step?: string } = {};
  for (const section of sections) {
    if (section.getBoundingClientRect().top > line) break;
    place = { section: section.id };
    for (const step of section.querySelectorAll<HTMLElement>(".step[id]")) {
      const box = step.getBoundingClientRect();
      if (box.top <= line && box.bottom > 0) place = { section: section.id, step: step.id };
    }
  }
  return place;
}

export function startLanguageSwitch(root: Document, sections: readonly HTMLElement[]) {
  const lastStep = new Map<string, string>();
  let current: { section?: string; step?: string } = {};
  const read = () => {
    // The line where a step takes over the graphic, so "the step being read" is the one shown.
    current = readerPlace(sections, window.innerHeight * readingLine());
    if (current.section && current.step) lastStep.set(current.section, current.step);
  };
  followScroll(read);
  read();
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")) {
    const base = link.href.split("#")[0]!;
    const own = link.dataset.section;
    const point = () => {
      const target = own === undefined ? (current.step ?? current.section) : (lastStep.get(own) ?? own);
      link.href = target ? `${base}#${target}` : base;
    };
    for (const event of ["pointerdown", "focus", "click", "contextmenu"]) link.addEventListener(event, point);
  }
}
