/**
 * The widths every chart is drawn at for pages, and where one gives way to the other. Shared by
 * the build (src/components/ChartLayers.astro, src/views/chart-states.ts) and the browser
 * (src/scrolly/layers.ts), which must pick the drawing the CSS shows: ChartLayers.astro's
 * container query uses the same breakpoint.
 */
export const WIDTHS = { narrow: 340, wide: 720 } as const;
export type WidthName = keyof typeof WIDTHS;

/** The narrow drawing serves columns narrower than this, the wide one the rest. */
export const WIDE_FROM = 560;

export function widthFor(columnWidth: number): WidthName {
  return columnWidth >= WIDE_FROM ? "wide" : "narrow";
}

/** Where a chart's states at one width are published, without the language prefix. */
export function statesPath(chartId: string, width: WidthName): string {
  return `/charts/${chartId}/states-${width}.svg`;
}
