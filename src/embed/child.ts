/**
 * Browser only, on embed pages: applies the address's options (src/embed/options.ts) and keeps
 * the host page told of the embed's height, in the four dialects hosts listen for:
 *   pym.js     "pymxPYMx<childId>xPYMxheightxPYMx<px>", only when pym's Parent gave a childId
 *   Datawrapper {"datawrapper-height": {"<chart-id>": <px>}}
 *   AMP        {sentinel: "amp", type: "embed-size", height: <px>} (also what public/embed.js reads)
 *   WordPress  {message: "height", value: <px>, secret}, only when WordPress framed us with a
 *              secret (src/embed/wordpress.ts)
 * Messages carry numbers, our own chart id and addresses of ours only, plus WordPress's secret
 * back to it; they go to any parent ("*") because an embed cannot know who frames it.
 *
 * WordPress's frame is sandboxed without popups, so there links ask WordPress to open them in
 * the top window instead, and the link to the other language keeps the secret.
 */
import { drawLayer, isDrawn, onWidthChange } from "../scrolly/layers.ts";
import { startTooltips } from "../scrolly/tooltips.ts";
import { embedQuery, isHostHeightRequest, isPymWidthMessage, parseEmbedOptions } from "./options.ts";
import { heightMessage, isWordpressReady, linkMessage, wordpressSecret } from "./wordpress.ts";

const frame = document.querySelector<HTMLElement>("[data-embed]")!;
// The chart id comes from our own markup, never from the address.
const chartId = frame.dataset.embed!;
const layers = [...frame.querySelectorAll<HTMLElement>(".state-layer")];
const options = parseEmbedOptions(
  new URLSearchParams(location.search),
  layers.map((l) => l.dataset.state!),
);
const root = document.documentElement;
const secret = wordpressSecret(location.hash);

if (options.theme !== "auto") root.dataset.theme = options.theme;
if (options.plain) root.dataset.plain = "";
// The page holds the summary only; a state asked for in the address is fetched (src/scrolly/layers.ts),
// and the summary shows until it has come, or for good if it cannot.
function showChosen(chosen: HTMLElement) {
  const ready = isDrawn(chosen);
  for (const layer of layers) layer.classList.toggle("is-active", ready ? layer === chosen : layer.dataset.summary !== undefined);
  if (!ready) void drawLayer(chosen).then((drawn) => drawn && showChosen(chosen));
}
const chosen = layers.find((layer) => layer.dataset.state === options.state);
if (chosen) {
  showChosen(chosen);
  onWidthChange([frame], () => showChosen(chosen));
}
if (!options.static) startTooltips(document);
// The same chart in the other language keeps the embed's options, as parsed: nothing of the address itself.
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")) {
  link.search = embedQuery(options);
  if (secret) link.hash = `?secret=${secret}`;
}

let sent = -1;
function postHeight(always = false) {
  // The frame wraps everything and has no outer margin, so its box is the document's content.
  const height = Math.ceil(frame.getBoundingClientRect().height);
  if (window.parent === window || (height === sent && !always)) return;
  sent = height;
  if (options.pymId) window.parent.postMessage(`pymxPYMx${options.pymId}xPYMxheightxPYMx${height}`, "*");
  window.parent.postMessage({ "datawrapper-height": { [chartId]: height } }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  if (secret) window.parent.postMessage(heightMessage(height, secret), "*");
}

new ResizeObserver(() => postHeight()).observe(frame);
addEventListener("load", () => postHeight());
void document.fonts.ready.then(() => postHeight());
// pym's Parent sends its width on load and on resize and expects a height back each time.
// WordPress says "ready" once its page has loaded, and our host script (public/embed.js) asks
// when it starts, in case our first height came before they listened. Any other message, from
// anyone, is ignored.
const { pymId } = options;
addEventListener("message", (event) => {
  if (event.source !== window.parent) return;
  if ((pymId && isPymWidthMessage(event.data, pymId)) || (secret && isWordpressReady(event.data, secret)) || isHostHeightRequest(event.data)) postHeight(true);
});

if (secret) {
  const sourcesPage = frame.dataset.sourcesPage!;
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
    // The language switch opens in the frame, which the sandbox allows; no click can open a tab there.
    if (!link || link.target === "_self") return;
    event.preventDefault();
    window.parent.postMessage(linkMessage(link.href, location.href, sourcesPage, secret), "*");
  });
}
