/**
 * The country the story is about, by its ISO 3166-1 alpha-3 code as the data files write it:
 * the charts that single one country out (its own colour, its label first, the reference a
 * comparison is made against) single out this one.
 */
export const FOCUS_COUNTRY = "SLV";
