/**
 * The services of the WordPress test, each started here and stopped here by its PID: a MariaDB
 * on a Unix socket only (no TCP port), and WordPress (a copy of Debian's /usr/share/wordpress
 * with its own wp-config.php and must-use plugin) under PHP's built-in server on loopback.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

const DEBIAN_WORDPRESS = "/usr/share/wordpress";
const MARIADBD = "/usr/sbin/mariadbd";
const HERE = import.meta.dirname;

export interface Running {
  name: string;
  child: ChildProcess;
  log: string;
}

const running: Running[] = [];

function start(name: string, command: string, args: string[], dir: string, env: NodeJS.ProcessEnv = {}): Running {
  const log = join(dir, `${name}.log`);
  const out = openSync(log, "a");
  // Its own process group, whose id is its PID: PHP's server forks workers that must stop with it.
  const child = spawn(command, args, { stdio: ["ignore", out, out], env: { ...process.env, ...env }, detached: true });
  const service = { name, child, log };
  running.push(service);
  return service;
}

async function until(what: string, ready: () => boolean | Promise<boolean>, service: Running, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (service.child.exitCode !== null)
      throw new Error(
        `${service.name} exited (${service.child.exitCode}) before ${what}; see ${service.log}:\n${readFileSync(service.log, "utf8").slice(-2000)}`,
      );
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${service.name}: no ${what} after ${timeout / 1000} s; see ${service.log}`);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops every service started here, newest first, by its PID (its process group); waits for each to exit. */
export async function stopAll(): Promise<void> {
  for (const service of running.reverse()) {
    const { child } = service;
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    const late = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 15_000);
    await exited;
    clearTimeout(late);
    // The group's other members (PHP's workers) may outlive the leader by a moment.
    for (let tries = 0; tries < 50 && groupAlive(child.pid!); tries++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(child.pid!)) process.kill(-child.pid!, "SIGKILL");
  }
  running.length = 0;
}

/** A fresh MariaDB data directory and server on `dir`/mysqld.sock, with a "wordpress" database. */
export async function startMariadb(dir: string): Promise<{ socket: string; user: string }> {
  const data = join(dir, "db");
  const socket = join(dir, "mysqld.sock");
  const user = userInfo().username;
  // The OS user running the test gets a database account that logs in by socket, without a password.
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, `--user=${user}`, "--skip-test-db", "--auth-root-authentication-method=socket"], {
    stdio: ["ignore", openSync(join(dir, "mariadb-install.log"), "a"), openSync(join(dir, "mariadb-install.log"), "a")],
  });
  const db = start(
    "mariadb",
    MARIADBD,
    ["--no-defaults", `--datadir=${data}`, `--socket=${socket}`, "--skip-networking", `--user=${user}`, `--log-error=${join(dir, "mariadb-error.log")}`],
    dir,
  );
  await until("socket", () => existsSync(socket), db);
  execFileSync("mariadb", [`--socket=${socket}`, `--user=${user}`, "-e", "CREATE DATABASE wordpress CHARACTER SET utf8mb4"]);
  return { socket, user };
}

export interface WordpressSite {
  url: string;
  version: string;
  theme: string;
  administrator: { user: string; password: string };
  author: { user: string; password: string };
}

/** WordPress on 127.0.0.1:`port`, installed, addressed as http://localhost:`port`. */
export async function startWordpress(dir: string, port: number, chartsPort: number, db: { socket: string; user: string }): Promise<WordpressSite> {
  const root = join(dir, "wordpress");
  // A copy, since Debian's wp-config.php reads /etc/wordpress and PHP resolves symlinks.
  cpSync(DEBIAN_WORDPRESS, root, { recursive: true, dereference: true, filter: (src) => !src.endsWith("/.htaccess") });
  mkdirSync(join(root, "wp-content/mu-plugins"), { recursive: true });
  copyFileSync(join(HERE, "mu-plugin.php"), join(root, "wp-content/mu-plugins/slv-test.php"));
  const keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"];
  writeFileSync(
    join(root, "wp-config.php"),
    `<?php
// Written by tests/wordpress/services.ts for one run of the WordPress test.
define('DB_NAME', 'wordpress');
define('DB_USER', ${JSON.stringify(db.user)});
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${db.socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', '${randomBytes(24).toString("hex")}');`).join("\n")}
$table_prefix = 'wp_';
define('WP_ENVIRONMENT_TYPE', 'local');
define('SLV_CHARTS_PORT', ${chartsPort});
// No cron, no updates, no requests to the internet (this machine has none): only the charts' host.
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const url = `http://localhost:${port}`;
  const setup = JSON.parse(execFileSync("php", [join(HERE, "setup.php"), root, url], { encoding: "utf8" }));
  const php = start("php", "php", ["-S", `127.0.0.1:${port}`, "-t", root], dir, { PHP_CLI_SERVER_WORKERS: "4" });
  await until("answer on its port", async () => (await fetch(`http://127.0.0.1:${port}/wp-login.php`).catch(() => null))?.ok === true, php);
  return { url, ...setup };
}
