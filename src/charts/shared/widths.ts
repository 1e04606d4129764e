/**
 * The widths every chart is drawn at for pages, and where one gives way to the other. Shared by
 * the build (src/components/ChartLayers.astro, src/views/chart-states.ts), the chart builders
 * (a drawing narrower than WIDE_FROM takes their compact layout), the CSS (WIDTH_SWITCH_CSS) and
 * the browser (src/scrolly/layers.ts), which must pick the drawing the CSS shows. Changing the
 * breakpoint is changing WIDE_FROM.
 */
export const WIDTHS = { narrow: 340, wide: 720 } as const;
export type WidthName = keyof typeof WIDTHS;

/** The narrow drawing serves columns narrower than this, the wide one the rest. */
export const WIDE_FROM = 560;

export function widthFor(columnWidth: number): WidthName {
  return columnWidth >= WIDE_FROM ? "wide" : "narrow";
}

/**
 * Shows each chart column (.chart-layers, a size container) the drawing for its width. In every
 * page's head (Head.astro), since a stylesheet's container query cannot read WIDE_FROM. A wide
 * column whose state is drawn narrow only (ChartLayers.astro's wideOnDemand) shows the narrow
 * drawing at its own size, centred, until the wide one comes.
 */
export const WIDTH_SWITCH_CSS = `.chart-layers .chart-wide{display:none}@container (min-width:${WIDE_FROM}px){.chart-layers .chart-narrow{margin-inline:auto}.chart-layers .state-layer:has(>.chart-wide)>.chart-narrow{display:none}.chart-layers .chart-wide{display:block}}`;

/** Where a chart's states at one width are published, without the language prefix. */
export function statesPath(chartId: string, width: WidthName): string {
  return `/charts/${chartId}/states-${width}.svg`;
}
