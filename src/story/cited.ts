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
  "elmundo-2023-05-29-tregua",
  "yskl-2023-05-29",
  "bbcmundo-2023-05-funes",
  "reuters-2020-09-04",
  "citizenlab-2022-01-12",
  "elfaro-2025-05-05",
  "apes-2025-06-09",
  "gatoencerrado-2025-06-04",
  "trt-2025-05-20",
  "abc-py-2025-12-06",
  "dw-2025-07-17",
  "elpais-2025-10-01-apes",
  "pagina12_2025_07",
  "elmundo_amnesty_2024",
  "elfaro-2024-08-12",
  "efe-c360-2022-12",
  "uca-2026-01-27",
  "hrw_2022_12_07",
  "tvm-2023-05-29",
  "elsalvadornow-2024-07-24",
] as const;

export type CitedSource = (typeof cited)[number];
