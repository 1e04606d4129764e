/**
 * Every built page is valid HTML: html-validate's "standard" rules (the HTML specification's
 * content models, attributes and nesting) and its "a11y" rules, over all of dist/ in both languages.
 */
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages, record } from "./built-site.ts";

const validator = new HtmlValidate({ extends: ["html-validate:standard", "html-validate:a11y"] });

describe("the built site's HTML", () => {
  const pages = builtPages();

  it("is valid on every page", async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    record("html", { pages: pages.length, rules: "html-validate:standard, html-validate:a11y", problems: problems.length });
    expect(problems).toEqual([]);
  });

  it("would catch an invalid page", async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
