/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar, run offline with Java), the
 * validator the W3C itself runs: it knows the SVG and ARIA content models html-validate does not
 * (aria-hidden on <style>, SVG attribute values, anything after </html>). One Java process
 * checks all of dist/. Needs `java` (CI installs Debian's default-jre-headless when it is missing).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./built-site.ts";

const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

// The checker's CSS parser predates container queries (CSS Containment 3), which the charts use
// to choose their narrow or wide drawing; it reports the at-rule and the property as unknown.
// Only those two messages are set aside; any other CSS message still fails.
const CONTAINER_QUERIES = /^CSS: (?:Unrecognized at-rule “@container”|“container-type”: Property “container-type” doesn't exist)/;

/** The checker's errors over files or folders of pages, in one Java run (its report is JSON on stderr). */
function nuErrors(targets: string[]): NuMessage[] {
  const args = ["-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", ...targets];
  const run = spawnSync("java", args, { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`could not run java (install a Java runtime, e.g. Debian's default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return messages.filter((m) => m.type === "error" && !CONTAINER_QUERIES.test(m.message));
}

// A page the check must fail, checked in the same run: starting Java takes seconds.
const probe = join(mkdtempSync(join(tmpdir(), "nu-")), "probe.html");
const probeCss = "div{container-type:inline-size}@container (min-width: 1px){div{color:red}}";
writeFileSync(
  probe,
  `<!doctype html><html lang="en"><head><title>x</title><style>${probeCss}</style></head><body><svg><style aria-hidden="true"></style></svg></body></html>`,
);

describe("the built site under the Nu HTML Checker", () => {
  const errors = nuErrors([DIST, probe]);
  const isProbe = (m: NuMessage) => m.url?.endsWith("/probe.html") === true;

  it("has no errors on any page", () => {
    const problems = errors.filter((m) => !isProbe(m)).map((m) => `${m.url?.replace(/^.*\/dist\//, "") ?? "?"}:${m.lastLine ?? "?"} ${m.message}`);
    expect(problems).toEqual([]);
  });

  it("would catch an invalid page, and sets aside container queries only", () => {
    expect(errors.filter(isProbe).map((m) => m.message)).toEqual(["Attribute “aria-hidden” not allowed on element “style” at this point."]);
  });
});
