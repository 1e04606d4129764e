import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { embedQuery, isHostHeightRequest, isPymWidthMessage, parseEmbedOptions } from "../../../src/embed/options.ts";

const STATES = ["summary", "peak", "bukele"];
const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), STATES);

describe("parseEmbedOptions", () => {
  it("defaults to the system theme, title and sources shown, tooltips on, the summary state", () => {
    expect(parse("")).toEqual({ theme: "auto", plain: false, static: false, state: undefined, pymId: undefined });
  });

  it("reads every known value", () => {
    expect(parse("theme=dark&plain=1&static=1&state=peak&childId=chart-1")).toEqual({
      theme: "dark",
      plain: true,
      static: true,
      state: "peak",
      pymId: "chart-1",
    });
    expect(parse("theme=light").theme).toBe("light");
    expect(parse("theme=auto").theme).toBe("auto");
  });

  it.each([
    ["theme=purple", { theme: "auto" }],
    ["theme=DARK", { theme: "auto" }],
    ["plain=true", { plain: false }],
    ["plain=0", { plain: false }],
    ["static=yes", { static: false }],
    ["state=<script>", { state: undefined }],
    ["state=constructor", { state: undefined }],
    ["childId=a%22onload", { pymId: undefined }],
    ["childId=axPYMxheightxPYMx9", { pymId: undefined }],
    ["childId=", { pymId: undefined }],
  ])("ignores %s", (query, expected) => {
    expect(parse(query)).toMatchObject(expected);
  });

  it("returns only values from its own lists, never the address's strings", () => {
    const options = parse("theme=dark&state=peak");
    expect(options.state).toBe(STATES[1]);
  });
});

describe("embedQuery", () => {
  it("writes back only the options that differ from the defaults, from their parsed values", () => {
    expect(embedQuery(parse(""))).toBe("");
    expect(embedQuery(parse("theme=dark&plain=1&static=1&state=peak&childId=frame1"))).toBe("?theme=dark&plain=1&static=1&state=peak");
    expect(embedQuery(parse("theme=%3Cscript%3E&state=zz&plain=yes&x=1"))).toBe("");
  });
});

describe("isPymWidthMessage", () => {
  it("accepts only pym's width message for this frame, with a number", () => {
    expect(isPymWidthMessage("pymxPYMxframe1xPYMxwidthxPYMx600", "frame1")).toBe(true);
    expect(isPymWidthMessage("pymxPYMxframe2xPYMxwidthxPYMx600", "frame1")).toBe(false);
    expect(isPymWidthMessage("pymxPYMxframe1xPYMxwidthxPYMx<img src=x onerror=alert(1)>", "frame1")).toBe(false);
    expect(isPymWidthMessage("pymxPYMxframe1xPYMxheightxPYMx600", "frame1")).toBe(false);
    expect(isPymWidthMessage({ width: 600 }, "frame1")).toBe(false);
    expect(isPymWidthMessage(null, "frame1")).toBe(false);
  });
});

describe("isHostHeightRequest", () => {
  it("accepts exactly the message public/embed.js sends, and nothing else", () => {
    const script = readFileSync("public/embed.js", "utf8");
    expect(script).toContain('{ sentinel: "slv-embed", type: "height-request" }');
    expect(isHostHeightRequest({ sentinel: "slv-embed", type: "height-request" })).toBe(true);
    for (const other of [null, "height-request", { sentinel: "amp", type: "height-request" }, { sentinel: "slv-embed", type: "embed-size" }]) {
      expect(isHostHeightRequest(other)).toBe(false);
    }
  });
});
