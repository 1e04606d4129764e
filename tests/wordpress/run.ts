/**
 * `npm run test:wordpress`: our embeds in a real, stock WordPress (Debian's package, 6.1 on
 * Debian 12, default Twenty Twenty-Three theme), on another host than the charts. It builds the
 * site for its chart host, serves it with its _headers (scripts/static-host.ts), starts MariaDB and
 * WordPress (services.ts), creates posts over the REST API the ways editors embed (a chart's
 * URL on its own line, the Embed block, the embed code in a Custom HTML block by an
 * Administrator and by an Author), and checks them in Chromium (checks.ts) at 390 and 1280 px.
 * Then it stops what it started, by PID, and exits non-zero on any failure, listing each.
 * Needs scripts/wordpress-deps.sh first (the npm script runs it).
 *
 * WP_CHARTS_PORT and WP_PORT (4341, 4342) choose the ports; WP_SITE_DIR reuses a site already
 * built for http://127.0.0.1:<WP_CHARTS_PORT> instead of building one; WP_SCREENSHOTS=<dir>
 * saves each post's page at each width there.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPosts } from "./checks.ts";
import { startMariadb, startWordpress, stopAll } from "./services.ts";
import { serveSite } from "../../scripts/static-host.ts";

const CHARTS_PORT = Number(process.env.WP_CHARTS_PORT ?? 4341);
const WP_PORT = Number(process.env.WP_PORT ?? 4342);

const began = Date.now();
const seconds = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
function step(what: string): () => void {
  const from = Date.now();
  process.stdout.write(`wordpress: ${what} … `);
  return () => console.log(seconds(from));
}

const dir = mkdtempSync(join(tmpdir(), "slv-wordpress-"));
let host: Awaited<ReturnType<typeof serveSite>> | undefined;
let failures: string[] = [];

async function shutDown() {
  host?.close();
  host?.closeAllConnections();
  await stopAll();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void shutDown().then(() => process.exit(1)));
}

/** Fails at once, before the build, when someone else holds a port. */
function assertFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is taken on 127.0.0.1; set WP_CHARTS_PORT and WP_PORT to free ones`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

try {
  await assertFree(CHARTS_PORT);
  await assertFree(WP_PORT);
  const chartsUrl = `http://127.0.0.1:${CHARTS_PORT}`;
  let done: () => void;
  let site = process.env.WP_SITE_DIR;
  if (!site) {
    done = step(`building the site for ${chartsUrl}`);
    site = join(dir, "site");
    execFileSync("npx", ["astro", "build", "--outDir", site], { env: { ...process.env, SITE_URL: chartsUrl }, stdio: ["ignore", "ignore", "inherit"] });
    done();
  }
  host = await serveSite(site, CHARTS_PORT);

  done = step("starting MariaDB and WordPress");
  const db = await startMariadb(dir);
  const wordpress = await startWordpress(dir, WP_PORT, CHARTS_PORT, db);
  done();
  console.log(`wordpress: WordPress ${wordpress.version}, theme ${wordpress.theme}, at ${wordpress.url}; charts at ${chartsUrl}`);

  failures = await checkPosts(wordpress, new URL(chartsUrl), process.env.WP_SCREENSHOTS);
} catch (error) {
  failures.push(`the test could not run: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await shutDown();
}

if (failures.length > 0) {
  console.error(`\nwordpress: ${failures.length} failure(s); logs kept in ${dir}`);
  // A broken embed repeats its console errors in every frame: each line once, with its count.
  const counts = new Map<string, number>();
  for (const failure of failures) counts.set(failure, (counts.get(failure) ?? 0) + 1);
  for (const [failure, count] of counts) console.error(`  ✗ ${failure}${count > 1 ? ` (×${count})` : ""}`);
  console.error(`wordpress: failed after ${seconds(began)}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`wordpress: passed in ${seconds(began)}`);
