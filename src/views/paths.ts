/**
 * The static paths that pages in both languages share: one page per chart (embeds) and one per
 * section (share pages). Each language's page file exports them as its getStaticPaths.
 */
import type { GetStaticPaths } from "astro";
import { charts } from "../charts/registry.ts";
import { SECTION_IDS } from "../story/sections.ts";

export const chartPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const sectionPaths = (() => SECTION_IDS.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;
