import { describe, expect, it } from "vitest";
import { heightMessage, isWordpressReady, linkMessage, wordpressSecret } from "../../../src/embed/wordpress.ts";

const FRAME = "https://charts.example.org/embed/cecot/#?secret=a1B2c3D4e5";
const SOURCES = "/charts/#sources-cecot";

describe("wordpressSecret", () => {
  it("reads the secret WordPress appends to the frame's address", () => {
    expect(wordpressSecret("#?secret=a1B2c3D4e5")).toBe("a1B2c3D4e5");
  });

  it.each(["", "#", "#secret=abc", "#?secret=", "#?secret=a-b", "#?secret=abc&x=1", '#?secret="><b>', `#?secret=${"a".repeat(65)}`])(
    "finds none in %j",
    (hash) => expect(wordpressSecret(hash)).toBeUndefined(),
  );
});

describe("isWordpressReady", () => {
  it("accepts WordPress's ready message for this secret only", () => {
    expect(isWordpressReady({ message: "ready", secret: "abc" }, "abc")).toBe(true);
    expect(isWordpressReady({ message: "ready", secret: "abd" }, "abc")).toBe(false);
    expect(isWordpressReady({ message: "height", secret: "abc" }, "abc")).toBe(false);
    expect(isWordpressReady("ready", "abc")).toBe(false);
    expect(isWordpressReady(null, "abc")).toBe(false);
  });
});

describe("messages to WordPress", () => {
  it("sends the height with the secret", () => {
    expect(heightMessage(734, "abc")).toEqual({ message: "height", value: 734, secret: "abc" });
  });

  it("sends links on the embed's host as they are, absolute", () => {
    expect(linkMessage("/charts/cecot/data.csv", FRAME, SOURCES, "abc")).toEqual({
      message: "link",
      value: "https://charts.example.org/charts/cecot/data.csv",
      secret: "abc",
    });
    expect(linkMessage("https://charts.example.org/es/#the-price", FRAME, SOURCES, "abc").value).toBe("https://charts.example.org/es/#the-price");
  });

  it("sends links to other hosts, which WordPress would not open, to our sources page", () => {
    expect(linkMessage("https://www.example.com/report.pdf", FRAME, SOURCES, "abc").value).toBe("https://charts.example.org/charts/#sources-cecot");
    expect(linkMessage("javascript:alert(1)", FRAME, SOURCES, "abc").value).toBe("https://charts.example.org/charts/#sources-cecot");
  });
});
