/**
 * The security policy as built (src/build/security.ts): every page carries a Content-Security-
 * Policy that allows no inline script but its own, by hash, and no script from another origin;
 * dist/_headers lets other sites frame the embed pages and nothing else.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "../../src/build/security.ts";
import { builtPages, DIST } from "./built-site.ts";

const pages = builtPages();

function policyOf(document: Document): Map<string, string[]> {
  const content = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the built pages' Content-Security-Policy", () => {
  it.each(pages.map((p) => [p.path, p] as const))("%s: scripts from our origin and its own inline scripts only", (_path, page) => {
    const policy = policyOf(page.document);
    const scripts = policy.get("script-src");
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    const inline = inlineScriptHashes(page.html);
    expect(new Set(scripts!.filter((s) => s.startsWith("'sha256-")))).toEqual(new Set(inline));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    // The policy must come before any script for the browser to apply it to them.
    expect(page.html.indexOf("Content-Security-Policy")).toBeLessThan(page.html.search(/<script\b/i) >>> 0);
  });
});

describe("dist/_headers", () => {
  const headers = readFileSync(join(DIST, "_headers"), "utf8");
  const rules = new Map([...headers.matchAll(/^(\/\S*)\n((?: {2}.+\n?)+)/gm)].map(([, path, block]) => [path!, block!.trim().split(/\n\s*/)]));

  it("sets frame-ancestors for every page: open on embed pages, closed on all others", () => {
    for (const page of pages) {
      const policy = rules.get(page.path)?.find((h) => h.startsWith("Content-Security-Policy:"));
      const embed = /^\/(?:es\/)?embed\//.test(page.path);
      expect(policy, page.path).toBe(`Content-Security-Policy: frame-ancestors ${embed ? "*" : "'none'"}`);
    }
  });

  it("keeps browsers from guessing types and limits referrers everywhere", () => {
    expect(rules.get("/*")).toEqual(["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"]);
  });
});
