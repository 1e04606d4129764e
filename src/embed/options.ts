/**
 * The options a host page may set on an embed's address, the one function that reads them, and
 * the one that writes them back (for the link to the same embed in the other language).
 * Every value is checked against the values we know; anything else is dropped, so nothing from
 * the address ever reaches the page or a message unless it is one of ours.
 *
 *   theme=light|dark|auto  colours; auto (the default) follows the reader's system setting
 *   plain=1                hides the title and source block, for hosts that print their own
 *   static=1               no interactivity: no tooltips
 *   state=<name>           one of the chart's named states instead of its summary
 *   childId=<id>           set by pym.js's Parent; names the frame in pym's messages
 */

export type EmbedTheme = "light" | "dark" | "auto";

export interface EmbedOptions {
  theme: EmbedTheme;
  plain: boolean;
  static: boolean;
  /** A state of the chart, or undefined for its summary. */
  state: string | undefined;
  /** pym.js's frame id, when the embed runs inside a pym Parent. */
  pymId: string | undefined;
}

const THEMES: readonly EmbedTheme[] = ["light", "dark", "auto"];
// pym's Parent uses its container element's id; ids are short and plain. A looser value could
// smuggle pym's own delimiter into our messages.
const PYM_ID = /^[A-Za-z][\w-]{0,63}$/;

export function parseEmbedOptions(params: URLSearchParams, states: readonly string[]): EmbedOptions {
  const theme = params.get("theme");
  const state = params.get("state");
  const pymId = params.get("childId");
  return {
    theme: THEMES.find((t) => t === theme) ?? "auto",
    plain: params.get("plain") === "1",
    static: params.get("static") === "1",
    state: states.find((s) => s === state),
    pymId: pymId !== null && PYM_ID.test(pymId) && !pymId.includes("xPYMx") ? pymId : undefined,
  };
}

/**
 * The options that change what the embed shows, as a query string ("" when all are defaults),
 * written from the parsed values only. pym's frame id is left out: a frame switched to the other
 * language is no longer the page pym's Parent loaded.
 */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.theme !== "auto") params.set("theme", options.theme);
  if (options.plain) params.set("plain", "1");
  if (options.static) params.set("static", "1");
  if (options.state) params.set("state", options.state);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * Whether a message is pym.js's width message for this frame: a string, exactly
 * "pymxPYMx<id>xPYMxwidthxPYMx<digits>". It only prompts the embed to send its height again, so
 * its content is checked, never used.
 */
export function isPymWidthMessage(data: unknown, pymId: string): boolean {
  return typeof data === "string" && data.startsWith(`pymxPYMx${pymId}xPYMxwidthxPYMx`) && /xPYMx\d{1,5}$/.test(data);
}

/**
 * What our host script (public/embed.js, which writes it out by hand) sends each of our frames
 * when it starts: "send your height again", for a frame whose heights went out before it listened.
 */
export function isHostHeightRequest(data: unknown): boolean {
  if (typeof data !== "object" || data === null) return false;
  const { sentinel, type } = data as Record<string, unknown>;
  return sentinel === "slv-embed" && type === "height-request";
}
