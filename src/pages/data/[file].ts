/**
 * The project's data files, published as they are in data/ at /data/<file>, so readers,
 * newsrooms and teachers can download exactly what the charts are drawn from.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { DATA_FILES } from "../../data/dataset.ts";

export const getStaticPaths = (() => DATA_FILES.map((path) => ({ params: { file: basename(path) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(process.cwd(), "data", params.file!), "utf8"));
