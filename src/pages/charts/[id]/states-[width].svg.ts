/** English chart states, /charts/<id>/states-<width>.svg: see src/views/chart-states.ts. */
export { getStaticPaths, GET } from "../../../views/chart-states.ts";
