/**
 * Browser only: the "Copy link" button of each section. It copies the section's permanent
 * address with the Clipboard API, or, where that is missing or refused, selects the address in a
 * text field for the reader to copy; either way it says what happened.
 */
export function startCopyLinks(root: Document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
    const status = button.parentElement!.querySelector<HTMLElement>(".copy-status")!;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const url = new URL(`#${button.dataset.copyLink}`, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = "Link copied";
      } catch {
        const field = root.createElement("input");
        field.value = url;
        field.readOnly = true;
        field.className = "copy-field";
        field.setAttribute("aria-label", "Link to this section");
        status.replaceChildren(field);
        field.select();
      }
    });
  }
}
