/**
 * What the browser code does with input it does not control (the address's query and hash, and
 * messages from other windows): it never writes it into the page as HTML and never evaluates
 * it. The code that runs in readers' browsers is scanned for the APIs that would.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BROWSER_CODE = [
  ...readdirSync("src/scrolly").map((f) => join("src/scrolly", f)),
  "src/embed/child.ts",
  "src/embed/options.ts",
  "src/share/copy-code.ts",
  "public/embed.js",
];
const SINKS = /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(|set(?:Timeout|Interval)\(\s*["'`]|\.srcdoc\b/;

describe("browser code", () => {
  it.each(BROWSER_CODE)("%s writes no HTML and evaluates no strings", (file) => {
    const code = readFileSync(file, "utf8");
    expect(code.split("\n").filter((line) => SINKS.test(line))).toEqual([]);
  });

  it("the scan would see such a line", () => {
    expect(SINKS.test("el.innerHTML = location.hash")).toBe(true);
    expect(SINKS.test('setTimeout("alert(1)")')).toBe(true);
  });
});
