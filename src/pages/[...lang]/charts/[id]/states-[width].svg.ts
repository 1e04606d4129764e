/** Chart states, /charts/<id>/states-<width>.svg and under /es/: see src/views/chart-states.ts. */
export { getStaticPaths, GET } from "../../../../views/chart-states.ts";
