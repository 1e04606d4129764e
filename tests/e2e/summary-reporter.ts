/**
 * A Playwright reporter that writes tests/report/e2e.json, the summary the "How we tested this"
 * page shows: how many browser tests ran and passed per spec and per screen size, and every
 * combination of the accessibility matrix (tests named "axe <page> <lang> <theme> <motion> <js>",
 * tests/e2e/accessibility.spec.ts) with its result. Nothing in it changes between runs that
 * give the same results (no times, no dates), and it is written only after a run of the whole
 * suite, so running one spec never replaces it with a partial summary.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { FullConfig, Reporter, Suite, TestCase } from "@playwright/test/reporter";

export const SUMMARY_FILE = "tests/report/e2e.json";

type Outcome = "passed" | "failed" | "skipped";

interface AxeRun {
  page: string;
  lang: string;
  width: string;
  theme: string;
  motion: string;
  js: string;
  outcome: Outcome;
}

function outcomeOf(test: TestCase): Outcome {
  const result = test.outcome();
  return result === "skipped" ? "skipped" : result === "expected" || result === "flaky" ? "passed" : "failed";
}

export default class SummaryReporter implements Reporter {
  private config: FullConfig | undefined;
  private suite: Suite | undefined;

  onBegin(config: FullConfig, suite: Suite): void {
    this.config = config;
    this.suite = suite;
  }

  // Results are read from the tests at the end, with retries settled.
  onEnd(): void {
    if (!this.config || !this.suite) return;
    const testDir = this.config.projects[0]!.testDir;
    const specs = readdirSync(testDir).filter((f) => f.endsWith(".spec.ts"));
    const tests = this.suite.allTests();
    const ran = new Set(tests.map((t) => basename(t.location.file)));
    const projects = new Set(tests.map((t) => t.parent.project()?.name));
    const whole = specs.every((s) => ran.has(s)) && projects.size === this.config.projects.length && String(this.config.grep) === "/.*/";
    if (!whole) return;

    const count = (list: TestCase[]) => ({
      passed: list.filter((t) => outcomeOf(t) === "passed").length,
      failed: list.filter((t) => outcomeOf(t) === "failed").length,
      skipped: list.filter((t) => outcomeOf(t) === "skipped").length,
    });
    const projectOf = (t: TestCase) => t.parent.project()?.name ?? "";
    const axe: AxeRun[] = tests.flatMap((t) => {
      const m = /^axe (\S+) (\S+) (\S+) (\S+) (\S+)$/.exec(t.title);
      return m ? [{ page: m[1]!, lang: m[2]!, width: projectOf(t), theme: m[3]!, motion: m[4]!, js: m[5]!, outcome: outcomeOf(t) }] : [];
    });
    const summary = {
      total: count(tests),
      bySpec: Object.fromEntries(specs.map((s) => [s, count(tests.filter((t) => basename(t.location.file) === s))])),
      byProject: Object.fromEntries(this.config.projects.map((p) => [p.name, count(tests.filter((t) => projectOf(t) === p.name))])),
      axe: axe.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    };
    mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
    writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  }
}
