/**
 * Sources the prose cites by name (through <Src>) rather than through a figure or a chart. The
 * "Sources and method" section lists them with the sources of every figure and chart.
 */
export const cited = [
  "slv_mjsp_2024",
  "insight_brief_2019",
  "fp_giles_2024",
  "lpg_2022",
  "reuters_2022",
  "elementos_2023",
  "cristosal_2023",
  "elfaro-2020-09-06",
  "cnn-2021-12-09",
  "doj-2023-02-23-copy",
  "elfaro-2022-05",
  "insight-2022-06-exodus",
  "insight-2023-12-weekly",
] as const;

export type CitedSource = (typeof cited)[number];
