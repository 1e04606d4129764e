/**
 * What every chart builder takes besides its data, and the number formatting they share.
 * Builders get the DOM as `document` (jsdom at build time, the page's document in the browser)
 * and never read globals, the clock or the window size.
 */
export interface ChartOptions {
  /** Width in CSS pixels of the space the chart fills. */
  width: number;
  /** BCP 47 tag used for numbers and dates, e.g. "en" or "es-SV". */
  locale: string;
  document: Document;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number as readers of `locale` write it, with at most `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}
