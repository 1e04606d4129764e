/** oEmbed answers, /oembed/<chart>.json and /es/oembed/<chart>.json: see src/views/oembed.ts. */
export { getStaticPaths, GET } from "../../../views/oembed.ts";
