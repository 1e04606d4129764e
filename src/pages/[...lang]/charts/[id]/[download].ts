/** Chart downloads, /charts/<id>/<file> and /es/charts/<id>/<file>: see src/views/chart-downloads.ts. */
export { getStaticPaths, GET } from "../../../../views/chart-downloads.ts";
