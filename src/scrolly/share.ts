/**
 * Browser only: the "Copy link" and "Share" buttons of each section. Copy link copies the
 * section's permanent address with the Clipboard API, or, where that is missing or refused,
 * selects the address in a text field for the reader to copy; either way it says what happened.
 * Share appears only where the browser has Web Share, and shares the section's share page, whose
 * preview card shows that section. Its words come from the page, in the page's language.
 */
export function startSharing(root: Document) {
  if (typeof navigator.share === "function") {
    for (const button of root.querySelectorAll<HTMLButtonElement>("[data-share]")) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const url = new URL(button.dataset.sharePath!, location.href).href;
        navigator.share({ title: button.dataset.shareTitle ?? document.title, url }).catch(() => {
          // The reader closed the share sheet: nothing to do.
        });
      });
    }
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-copy-link]")) {
    const status = button.parentElement!.querySelector<HTMLElement>(".copy-status")!;
    button.addEventListener("click", async () => {
      const url = new URL(`#${button.dataset.copyLink}`, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = button.dataset.copied ?? "";
      } catch {
        const field = root.createElement("input");
        field.value = url;
        field.readOnly = true;
        field.className = "copy-field";
        field.setAttribute("aria-label", button.dataset.fieldLabel ?? "");
        status.replaceChildren(field);
        field.select();
      }
    });
  }
}
