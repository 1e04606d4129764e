/*
 * The host script for our embeds: a newsroom includes it once on a page (the iframe embed code
 * does, async). It sets the height of each of our iframes (those with data-slv-embed) from the
 * AMP-style message the embed posts ({sentinel: "amp", type: "embed-size", height}), accepting a
 * message only from that iframe's own window and from the origin of its src, and only a plain
 * number of pixels in a sane range. Safe to include more than once. Source of truth for the
 * child side: src/embed/child.ts.
 */
(function () {
  if (window.__slvEmbedHost) return;
  window.__slvEmbedHost = true;
  var MAX = 20000;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.sentinel !== "amp" || data.type !== "embed-size") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > MAX) return;
    var frames = document.querySelectorAll("iframe[data-slv-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      // style.height, not the height attribute, which host CSS often overrides.
      if (origin === event.origin) frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
  // A frame that loaded before this script did has already sent its height: ask again, of our
  // frames only (the message goes to the origin of each frame's src).
  var ours = document.querySelectorAll("iframe[data-slv-embed]");
  for (var j = 0; j < ours.length; j++) {
    try {
      if (ours[j].contentWindow) ours[j].contentWindow.postMessage({ sentinel: "slv-embed", type: "height-request" }, new URL(ours[j].src, location.href).origin);
    } catch (e) {
      // A frame without a valid src has nothing to ask.
    }
  }
})();
