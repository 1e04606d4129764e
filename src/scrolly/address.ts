import { followScroll } from "./reading.ts";

/**
 * Browser only: keeps the address bar on the section being read, so that copying the URL copies
 * the place. It replaces the history entry instead of adding one, so Back still leaves the page.
 * A step anchor the reader arrived with (#fall-peak) stays until they reach another section.
 */
export function followSections(sections: HTMLElement[]) {
  let current = location.hash.slice(1);
  const update = () => {
    const line = window.innerHeight * 0.3;
    let reading: HTMLElement | undefined;
    for (const section of sections) {
      if (section.getBoundingClientRect().top <= line) reading = section;
    }
    const id = reading?.id ?? "";
    const inside = reading?.querySelector(`[id="${CSS.escape(current)}"]`);
    if (id === current || inside) return;
    current = id;
    history.replaceState(history.state, "", id ? `#${id}` : `${location.pathname}${location.search}`);
  };
  followScroll(update);
}
