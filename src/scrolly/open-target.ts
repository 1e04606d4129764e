/**
 * Browser only: a link to a place inside a folded <details> (a source in "Sources and method",
 * #source-<id>) opens every <details> around it first, so the browser can scroll to it. Chromium
 * does this itself on fragment navigation, with or without JavaScript; this covers the browsers
 * that do not, for in-page links and for an address that arrives with the fragment.
 */

/** Opens the folded <details> that hold the element `hash` names; whether there was one to open. */
export function openAround(doc: Document, hash: string): boolean {
  if (hash.length < 2) return false;
  let target: Element | null;
  try {
    target = doc.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return false;
  }
  let opened = false;
  for (let el = target?.parentElement ?? null; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) {
      el.open = true;
      opened = true;
    }
  }
  return opened;
}

export function startOpeningTargets(doc: Document): void {
  // Before the browser follows the link, so it scrolls to an entry already shown.
  doc.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (link) openAround(doc, link.hash);
  });
  const reveal = () => {
    if (openAround(doc, location.hash)) doc.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  };
  window.addEventListener("hashchange", reveal);
  reveal();
}
