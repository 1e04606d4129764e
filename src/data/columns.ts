/**
 * Column types for the project's CSV files. A column turns one cell's text into a typed value
 * (or `null` for an empty optional cell) and carries the phrase that error messages use to say
 * what it expected. Pure: runs in Node at build time and in the browser.
 */
import { z } from "zod";
import { isPartialDate } from "./partial-date.ts";

export interface Column<T> {
  readonly schema: z.ZodType<T, z.ZodTypeDef, string>;
  /** Finishes the sentence "expected …" in error messages. */
  readonly expected: string;
  /** Values must exist in another table: source ids in sources.csv, codes in countries.csv. */
  readonly ref?: "sources" | "countries";
}

export type ValueOf<C> = C extends Column<infer T> ? T : never;

type Optional<T, O extends boolean> = O extends true ? T | null : T;

interface Options<O extends boolean> {
  optional?: O;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Plain decimal notation only: no thousands separators, exponents or signs other than "-",
// so that "1,234", "1e3" and "~5" are caught instead of being half-read.
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const DECADE = /^\d{3}0s$/;
const ISO3 = /^(?:[A-Z]{3}|X_[A-Z]{3})$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function column<T, O extends boolean = false>(
  base: z.ZodType<T, z.ZodTypeDef, string>,
  expected: string,
  options: Options<O> & { ref?: "sources" | "countries" } = {},
): Column<Optional<T, O>> {
  const schema = options.optional ? z.union([z.literal("").transform(() => null), base]) : base;
  return {
    schema: schema as z.ZodType<Optional<T, O>, z.ZodTypeDef, string>,
    expected: options.optional ? `${expected}, or an empty cell` : expected,
    ...(options.ref ? { ref: options.ref } : {}),
  };
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return "";
}

export const col = {
  text<O extends boolean = false>(options: Options<O> = {}) {
    return column(
      z.string().refine((s) => s.length > 0 && s.trim() === s),
      "text without leading or trailing spaces",
      options,
    );
  },

  slug<O extends boolean = false>(options: Options<O> = {}) {
    return column(z.string().regex(SLUG), "a slug (lowercase letters, digits and single hyphens)", options);
  },

  /** An ISO 639 language code, as HTML's lang attribute takes it: es, en, pt. */
  language<O extends boolean = false>(options: Options<O> = {}) {
    return column(z.string().regex(LANGUAGE), "a language code in lower case, like es or en", options);
  },

  oneOf<const V extends readonly [string, ...string[]], O extends boolean = false>(values: V, options: Options<O> = {}) {
    return column(z.enum(values), `one of ${values.join(", ")}`, options);
  },

  number<O extends boolean = false>(options: Options<O> & { min?: number; max?: number; unit?: string } = {}) {
    let n = z.number();
    if (options.min !== undefined) n = n.min(options.min);
    if (options.max !== undefined) n = n.max(options.max);
    const unit = options.unit ? ` (${options.unit})` : "";
    return column(
      z.string().regex(DECIMAL).transform(Number).pipe(n),
      `a number${range(options.min, options.max)}${unit} in plain notation like 12.5`,
      options,
    );
  },

  integer<O extends boolean = false>(options: Options<O> & { min?: number; max?: number; unit?: string } = {}) {
    let n = z.number().int();
    if (options.min !== undefined) n = n.min(options.min);
    if (options.max !== undefined) n = n.max(options.max);
    const unit = options.unit ? ` (${options.unit})` : "";
    return column(z.string().regex(INTEGER).transform(Number).pipe(n), `a whole number${range(options.min, options.max)}${unit} without separators`, options);
  },

  boolean() {
    return column(
      z.enum(["true", "false"]).transform((s) => s === "true"),
      "true or false",
    );
  },

  /** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD; with `decade`, also "1990s". */
  date<O extends boolean = false>(options: Options<O> & { decade?: boolean } = {}) {
    const valid = (s: string) => isPartialDate(s) || (options.decade === true && DECADE.test(s));
    const shapes = options.decade ? "YYYY, YYYY-MM, YYYY-MM-DD or a decade like 1990s" : "YYYY, YYYY-MM or YYYY-MM-DD";
    return column(z.string().refine(valid), `a real date written ${shapes}`, options);
  },

  url() {
    return column(
      z.string().refine((s) => {
        // One address per cell: a space or ";" means several were pasted together.
        if (!/^https?:\/\/[^\s;]+$/.test(s)) return false;
        try {
          new URL(s);
          return true;
        } catch {
          return false;
        }
      }),
      "one http:// or https:// address, without spaces",
    );
  },

  /** A code listed in data/countries.csv (ISO 3166-1 alpha-3, or X_ for an aggregate). */
  iso3() {
    return column(z.string().regex(ISO3), "a country code listed in data/countries.csv", { ref: "countries" });
  },

  /** The shape of a country code, where the code is being defined rather than referred to. */
  iso3Code() {
    return column(z.string().regex(ISO3), "a three-letter ISO 3166-1 code like SLV (or X_ABC for an aggregate)");
  },

  /** One or more country codes joined with ";". */
  iso3List() {
    return column(
      z
        .string()
        .refine((s) => s.split(";").every((c) => ISO3.test(c)))
        .transform((s) => s.split(";")),
      'country codes listed in data/countries.csv, joined with ";"',
      { ref: "countries" },
    );
  },

  sourceId() {
    return column(z.string().regex(SOURCE_ID), "a source id listed in data/sources.csv", { ref: "sources" });
  },

  /** One or more source ids joined with ";". */
  sourceIds<O extends boolean = false>(options: Options<O> = {}) {
    return column(
      z
        .string()
        .refine((s) => s.split(";").every((id) => SOURCE_ID.test(id)))
        .transform((s) => s.split(";")),
      'source ids listed in data/sources.csv, joined with ";"',
      { ...options, ref: "sources" },
    );
  },

  /** ISO 3166-1 numeric code, kept as a zero-padded string because map ids are strings. */
  isoNumeric<O extends boolean = false>(options: Options<O> = {}) {
    return column(z.string().regex(/^\d{3}$/), 'a three-digit zero-padded code like "084"', options);
  },
};

export const QUALIFIERS = ["exact", "approx", "floor"] as const;
export const STATUSES = ["ok", "rejected"] as const;
