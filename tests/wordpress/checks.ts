/**
 * The WordPress test's posts and what it checks in them (run.ts starts the services). Each post
 * holds every chart of one language, embedded one way; each is opened in Chromium at 390 and
 * 1280 px, and every frame must be shown whole: its height its content's (within 2 px), nothing
 * to scroll inside, the width of the theme's text column and inside it; WordPress's fallback
 * quote hidden; no console error on the page or in any frame. Links are then followed in one
 * frame of each kind: the CSV download, the story link and (under WordPress's sandbox) a
 * source link, which goes to our gallery's list of the chart's sources.
 */
import { join } from "node:path";
import type { Browser, Frame, Locator, Page } from "@playwright/test";
import { charts, type ChartId } from "../../src/charts/registry.ts";
import { embedCode, embedPath } from "../../src/embed/code.ts";
import { storyPathOf } from "../../src/story/placement.ts";
import { LANGS, localePath, type Lang } from "../../src/i18n/locales.ts";
import { launchChromium } from "../../scripts/lib/browser.ts";
import type { WordpressSite } from "./services.ts";

const IDS = Object.keys(charts) as ChartId[];
const WIDTHS = [390, 1280] as const;
// Time for a frame to load and size itself once scrolled to; once a page has shown a few broken
// frames, the rest get less, so that a broken embed fails the run in minutes, not half an hour.
const SETTLE_MS = 15_000;
const SETTLE_BROKEN_MS = 1_500;
const BROKEN = 3;

type Kind = "oembed" | "block" | "html";
interface Post {
  label: string;
  kind: Kind;
  lang: Lang;
  ids: ChartId[];
  url: string;
}

type Account = WordpressSite["administrator"];

async function createPost(site: WordpressSite, as: Account, title: string, content: string): Promise<{ link: string; content: string }> {
  const response = await fetch(`${site.url}/?rest_route=/wp/v2/posts`, {
    method: "POST",
    headers: { Authorization: `Basic ${Buffer.from(`${as.user}:${as.password}`).toString("base64")}`, "Content-Type": "application/json" },
    body: JSON.stringify({ title, content, status: "publish" }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`creating "${title}" as ${as.user}: ${response.status} ${JSON.stringify(body)}`);
  return { link: body.link, content: body.content.raw ?? "" };
}

/** The paragraph before each chart is the text column the chart must keep to. */
const before = (id: ChartId) => `A paragraph of the article before the chart ${id}.`;

function content(kind: Kind, lang: Lang, ids: ChartId[], chartsSite: URL): string {
  const url = (id: ChartId) => new URL(embedPath(id, lang), chartsSite).href;
  if (kind === "oembed") return `${ids.map((id) => `${before(id)}\n\n${url(id)}\n\n`).join("")}The end.`;
  const paragraph = (id: ChartId) => `<!-- wp:paragraph -->\n<p>${before(id)}</p>\n<!-- /wp:paragraph -->\n\n`;
  if (kind === "html") return ids.map((id) => `${paragraph(id)}<!-- wp:html -->\n${embedCode(id, chartsSite, lang).iframe}\n<!-- /wp:html -->\n\n`).join("");
  // What the block editor saves for a URL pasted into an Embed block.
  return ids
    .map(
      (id) =>
        `${paragraph(id)}<!-- wp:embed {"url":"${url(id)}","type":"rich","providerNameSlug":"el-salvador-behind-the-numbers"} -->\n` +
        `<figure class="wp-block-embed is-type-rich is-provider-el-salvador-behind-the-numbers wp-block-embed-el-salvador-behind-the-numbers"><div class="wp-block-embed__wrapper">\n${url(id)}\n</div></figure>\n<!-- /wp:embed -->\n\n`,
    )
    .join("");
}

interface Settled {
  ok: boolean;
  /** What was wrong at the last look, when not ok. */
  detail: string;
  height: number;
}

/** One frame, once it has loaded and sized itself, or why not. */
async function settle(frame: Locator, inner: () => Promise<Frame | null>, kind: Kind, timeout: number): Promise<Settled> {
  const end = Date.now() + timeout;
  let detail = "never loaded";
  while (Date.now() < end) {
    const child = await inner();
    const doc = child
      ? await child
          .evaluate(() => {
            const box = document.querySelector("[data-embed]");
            const html = document.documentElement;
            return box ? { content: Math.ceil(box.getBoundingClientRect().height), scroll: html.scrollHeight, client: html.clientHeight } : null;
          })
          .catch(() => null)
      : null;
    const outer = await frame.evaluate((f) => {
      const column = f.closest(".wp-block-post-content")!.querySelector(":scope > p")!.getBoundingClientRect();
      const box = f.getBoundingClientRect();
      const quotes = [...f.closest(".wp-block-post-content")!.querySelectorAll("blockquote.wp-embedded-content")];
      return {
        height: box.height,
        left: box.left - column.left,
        right: column.right - box.right,
        hidden: f.hasAttribute("style") && /clip/.test(f.getAttribute("style")!),
        quotesShown: quotes.filter((q) => getComputedStyle(q).display !== "none").length,
      };
    });
    if (doc) {
      const problems = [
        Math.abs(outer.height - doc.content) > 2 && `frame ${outer.height} px, content ${doc.content} px`,
        doc.scroll > doc.client + 1 && `cut: ${doc.scroll - doc.client} px to scroll inside`,
        (Math.abs(outer.left) > 1 || Math.abs(outer.right) > 1) && `out of the column by ${outer.left.toFixed(0)} px left, ${outer.right.toFixed(0)} px right`,
        kind !== "html" && outer.hidden && "still hidden by WordPress",
      ].filter(Boolean);
      detail = problems.join("; ");
      if (problems.length === 0) return { ok: true, detail, height: outer.height };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { ok: false, detail, height: Number.NaN };
}

function watch(page: Page, label: string, failures: string[]) {
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(`${label}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => failures.push(`${label}: uncaught: ${error.message}`));
}

async function checkFrames(browser: Browser, post: Post, width: number, failures: string[], heights: number[], screenshots: string | undefined) {
  const label = `${post.label} at ${width} px`;
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    ...(width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  watch(page, label, failures);
  await page.goto(post.url);
  const frames = page.locator(".wp-block-post-content iframe");
  const count = await frames.count();
  if (count !== post.ids.length) failures.push(`${label}: ${count} frames, expected ${post.ids.length}`);
  let broken = 0;
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    await frame.scrollIntoViewIfNeeded();
    const handle = await frame.elementHandle();
    const result = await settle(frame, () => handle!.contentFrame(), post.kind, broken < BROKEN ? SETTLE_MS : SETTLE_BROKEN_MS);
    if (!result.ok) {
      broken++;
      failures.push(`${label}: ${post.ids[i]}: ${result.detail}`);
    } else heights.push(result.height);
    // The viewport, not the full page: Chromium draws other-origin frames only where they are in view.
    if (screenshots) {
      await frame.evaluate((f) => f.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(screenshots, `${post.kind}-${post.lang}-${width}-${post.ids[i]}.png`) });
    }
  }
  // Console errors may come late, from frames that load last.
  await page.waitForTimeout(500);
  await context.close();
}

/** Follows the CSV, story and source links of one frame; what each must lead to depends on the kind. */
async function checkLinks(browser: Browser, post: Post, chartsSite: URL, failures: string[]) {
  const id = post.ids[0]!;
  const label = `${post.label}, links of ${id}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  watch(page, label, failures);
  const open = async () => {
    await page.goto(post.url);
    // WordPress follows a frame's link only while the frame has the focus (wp-embed.js checks
    // document.activeElement), which a click gives it only in a window that has the focus, as
    // a reader's has. After the other contexts of this run, this page's may not.
    await page.bringToFront();
    const frame = page.locator(".wp-block-post-content iframe").first();
    await frame.scrollIntoViewIfNeeded();
    const inner = frame.contentFrame();
    await inner.locator("[data-embed]").waitFor({ timeout: SETTLE_MS });
    return inner;
  };
  const sandboxed = post.kind !== "html";
  let step = "the CSV link";
  const csv = localePath(post.lang, `/charts/${id}/data.csv`);
  try {
    // Under WordPress's sandbox the top window is sent to the file; a plain frame opens a tab.
    let inner = await open();
    const download = context.waitForEvent("page").then((tab) => tab.waitForEvent("download"));
    // Only one of the two ways happens; the other's wait times out or ends with the context.
    download.catch(() => undefined);
    const [file] = await Promise.all([Promise.race([page.waitForEvent("download"), download]), inner.locator(`a[href="${csv}"]`).click()]);
    if (!file.url().endsWith(csv)) failures.push(`${label}: the CSV link downloaded ${file.url()}`);

    const story = new URL(storyPathOf(id, post.lang), chartsSite).href;
    inner = await open();
    // Reaching the address is what WordPress's link message does; the page's own load is the story's business.
    const where = sandboxed
      ? page.waitForURL(story, { timeout: 10_000, waitUntil: "commit" }).then(() => page.url())
      : context.waitForEvent("page").then(async (tab) => {
          await tab.waitForLoadState();
          return tab.url();
        });
    step = "the story link";
    const [reached] = await Promise.all([where, inner.locator(".embed-links a").first().click()]);
    if (reached !== story) failures.push(`${label}: the story link led to ${reached}, not ${story}`);

    if (sandboxed) {
      inner = await open();
      const sources = new URL(`${localePath(post.lang, "/charts/")}#sources-${id}`, chartsSite).href;
      step = "a source link";
      await Promise.all([page.waitForURL(sources, { timeout: 10_000, waitUntil: "commit" }), inner.locator(".chart-source a").first().click()]);
      const list = page.locator(`#sources-${id}`);
      if (
        !(await list.waitFor({ timeout: 10_000 }).then(
          () => list.isVisible(),
          () => false,
        ))
      )
        failures.push(`${label}: the gallery's list of sources is not open at ${sources}`);
    }
  } catch (error) {
    failures.push(`${label}, ${step}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  await page.waitForTimeout(300);
  await context.close();
}

export async function checkPosts(site: WordpressSite, chartsSite: URL, screenshots?: string): Promise<string[]> {
  const failures: string[] = [];
  const posts: Post[] = [];
  let from = Date.now();
  for (const lang of LANGS) {
    for (const kind of ["oembed", "block", "html"] as const) {
      const { link } = await createPost(site, site.administrator, `${kind} (${lang})`, content(kind, lang, IDS, chartsSite));
      posts.push({ label: `${kind} post (${lang})`, kind, lang, ids: IDS, url: link });
    }
  }
  // An Author may embed by URL; the same embed code, pasted by an Author, loses its frame.
  const authorIds: ChartId[] = ["cecot", "gang-map"];
  const byUrl = await createPost(site, site.author, "oembed by an Author", content("oembed", "es", authorIds, chartsSite));
  posts.push({ label: "oembed post by an Author (es)", kind: "oembed", lang: "es", ids: authorIds, url: byUrl.link });
  const pasted = await createPost(site, site.author, "Custom HTML by an Author", content("html", "en", ["cecot"], chartsSite));
  console.log(`wordpress: ${posts.length + 1} posts created over the REST API in ${((Date.now() - from) / 1000).toFixed(1)} s`);

  const browser = await launchChromium();
  try {
    // WordPress strips the Author's iframe and script on save (no unfiltered_html) and keeps a link.
    const page = await browser.newPage();
    await page.goto(pasted.link);
    const left = {
      frames: await page.locator(".wp-block-post-content iframe").count(),
      links: await page.locator(`.wp-block-post-content a[href$="/embed/cecot/"]`).count(),
    };
    if (left.frames !== 0 || left.links !== 1)
      failures.push(`Custom HTML by an Author: expected WordPress to strip the frame and keep a link, found ${JSON.stringify(left)}`);
    await page.close();

    for (const post of posts) {
      from = Date.now();
      const heights: number[] = [];
      for (const width of WIDTHS) await checkFrames(browser, post, width, failures, heights, screenshots);
      if (post.ids.length > 2) await checkLinks(browser, post, chartsSite, failures);
      const range = heights.length > 0 ? `, ${Math.min(...heights)}–${Math.max(...heights)} px tall` : "";
      console.log(
        `wordpress: ${post.label}: ${heights.length} of ${post.ids.length * WIDTHS.length} frames whole${range}, in ${((Date.now() - from) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await browser.close();
  }
  return failures;
}
