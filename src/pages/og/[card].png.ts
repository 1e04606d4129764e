/** English preview images, /og/<card>.png: see src/views/og-card.ts. */
export { getStaticPaths, GET } from "../../views/og-card.ts";
