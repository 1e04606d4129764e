/** Facts about the publication itself, used by layouts and meta tags. */
export const SITE = {
  title: "El Salvador: behind the numbers",
  credit: "A data story by an independent data-journalism team.",
  licence: "CC BY 4.0",
} as const;
