/** Preview images, /og/<card>.png and /es/og/<card>.png: see src/views/og-card.ts. */
export { getStaticPaths, GET } from "../../../views/og-card.ts";
