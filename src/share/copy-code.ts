/**
 * Browser only: the "Copy" buttons of the chart gallery. Each copies the code in the text field
 * its data-copy attribute names, with the Clipboard API; where that is missing or refused it
 * selects the code for the reader to copy by hand. Either way it says what happened, in the
 * words the button carries (data-copied, data-selected), in the page's language.
 */
export function startCopying(root: Document) {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const field = root.getElementById(button.dataset.copy!);
    const status = button.parentElement!.querySelector<HTMLElement>(".copy-status");
    if (!(field instanceof HTMLTextAreaElement) || !status) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = button.dataset.copied ?? "";
      } catch {
        field.focus();
        field.select();
        status.textContent = button.dataset.selected ?? "";
      }
    });
  }
}
