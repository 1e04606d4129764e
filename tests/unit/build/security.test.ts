import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, headersFile, inlineScriptHashes, isEmbedPath, pagePath, redirectsFile, withPolicyMeta } from "../../../src/build/security.ts";

describe("the security policy", () => {
  it("hashes inline scripts that run, and skips external scripts and data blocks", () => {
    const html =
      '<script>alert(1)</script><script type="module">a()</script><script src="/x.js"></script>' +
      '<script type="application/ld+json">{"a":1}</script><script>alert(1)</script>';
    // sha256 of "alert(1)" and of "a()", base64.
    expect(inlineScriptHashes(html)).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
  });

  it("never allows inline scripts by anything but their hash", () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("object-src 'none'");
  });

  it("puts the policy right after <meta charset>, before any script", () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"><script>x()</script></head></html>';
    const out = withPolicyMeta(html);
    expect(out.indexOf("Content-Security-Policy")).toBeGreaterThan(out.indexOf("charset"));
    expect(out.indexOf("Content-Security-Policy")).toBeLessThan(out.indexOf("<script>"));
    expect(() => withPolicyMeta("<html><script>x()</script></html>")).toThrow(/charset/);
  });

  it("lets only embed pages be framed, each page listed once", () => {
    expect(isEmbedPath("/embed/cecot/")).toBe(true);
    expect(isEmbedPath("/es/embed/")).toBe(true);
    expect(isEmbedPath("/charts/")).toBe(false);
    expect(isEmbedPath("/es/charts/embed/")).toBe(false);
    const file = headersFile(["/embed/cecot/", "/"]);
    expect(file).toContain("/\n  Content-Security-Policy: frame-ancestors 'none'");
    expect(file).toContain("/embed/cecot/\n  Content-Security-Policy: frame-ancestors *");
    // Sandboxed frames (WordPress) have the origin "null" and fetch module scripts with CORS.
    expect(file).toContain("/_astro/*\n  Access-Control-Allow-Origin: *");
    expect(pagePath("es/teach/index.html")).toBe("/es/teach/");
    expect(pagePath("404.html")).toBe("/404.html");
    expect(pagePath("index.html")).toBe("/");
  });

  it("sends a missing Spanish address to the Spanish not-found page, and nothing else", () => {
    expect(redirectsFile()).toBe("/es/*  /es/404/  404\n");
  });
});
