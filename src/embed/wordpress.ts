/**
 * WordPress's embed protocol, as its host script speaks it (wp-includes/js/wp-embed.js, 4.4 to
 * 6.x): the pure part, for src/embed/child.ts. WordPress frames an oEmbed from a provider it does
 * not know with sandbox="allow-scripts" and "#?secret=<letters and digits>" on the address; it
 * acts only on messages that carry that secret, from that frame:
 *   {message: "height", value: <px>, secret}  sets the frame's height (clamped to 200–1000)
 *   {message: "link", value: <url>, secret}   navigates the top window, for a URL on the frame's
 *                                             host, when the frame has focus
 * and it sends {message: "ready", secret} to each frame once its page has loaded.
 */

export interface WordpressMessage {
  message: "height" | "link";
  value: number | string;
  secret: string;
}

/** The secret in the frame's hash, when WordPress framed it; WordPress makes ten letters and digits. */
export function wordpressSecret(hash: string): string | undefined {
  return /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash)?.[1];
}

/** Whether a message is WordPress's "ready" for this frame. Only prompts a height; never used. */
export function isWordpressReady(data: unknown, secret: string): boolean {
  if (typeof data !== "object" || data === null) return false;
  const { message, secret: theirs } = data as Record<string, unknown>;
  return message === "ready" && theirs === secret;
}

export function heightMessage(height: number, secret: string): WordpressMessage {
  return { message: "height", value: height, secret };
}

/**
 * Where a link inside the sandboxed frame should take the reader, as WordPress's link message:
 * WordPress opens only addresses on the embed's own host, so a link elsewhere (a source) goes to
 * `fallback`, our page that lists and links the chart's sources.
 */
export function linkMessage(href: string, frameAddress: string, fallback: string, secret: string): WordpressMessage {
  const target = new URL(href, frameAddress);
  const own = new URL(frameAddress);
  const sameHost = target.host === own.host && /^https?:$/.test(target.protocol);
  return { message: "link", value: sameHost ? target.href : new URL(fallback, frameAddress).href, secret };
}
