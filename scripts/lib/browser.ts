/**
 * What everything that drives a browser shares (the browser tests' config, the WordPress test,
 * and the scripts that look at the built site: screenshots, bench, embed heights): the Chromium
 * to drive and its flags; and, for the scripts, a preview server of dist/ on a port of their own.
 * The browser is CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Root has no sandbox here, and nothing may reach the network but the local preview.
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_FLAGS });
}

export interface Preview {
  origin: string;
  stop(): void;
}

/** `astro preview` of dist/ on `port`, once it answers; fails if dist/ is not built or the port is taken. */
export async function startPreview(port: number): Promise<Preview> {
  if (!existsSync("dist/index.html")) throw new Error("run `npm run build` first");
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`something already answers on ${origin}; stop it or choose another port`);
  const server: ChildProcess = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(port)], { stdio: "ignore", detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let i = 0; i < 120; i++) {
    if (await answers(origin)) return { origin, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`no preview server at ${origin}`);
}

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(origin)).ok;
  } catch {
    return false;
  }
}
