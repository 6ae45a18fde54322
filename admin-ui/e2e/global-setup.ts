import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdirSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ADMIN_PASSWORD = process.env.BASHGAH_ADMIN_PASSWORD ?? "E2e-admin-1405";
export const STATE_FILE = join(import.meta.dirname, "target", "platform.json");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: { exitCode: number | null }, log: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The platform exited with ${child.exitCode} before it was up; see ${log}`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The platform was not up after 5 minutes; see ${log}`);
}

/**
 * Starts the platform jar as a newcomer would (`./run` does the same): a fresh embedded database on a
 * free port, the demo club with its demo data, the platform admin's password given. Tests share it.
 * With BASHGAH_E2E_URL set, an already running platform is used instead (demo logins required).
 */
export default async function globalSetup() {
  if (process.env.BASHGAH_E2E_URL) return;
  const jar = process.env.BASHGAH_JAR;
  if (!jar) throw new Error("BASHGAH_JAR is not set: run the tests with admin-ui/scripts/e2e.sh");
  const target = join(import.meta.dirname, "target");
  mkdirSync(target, { recursive: true });
  const dataDir = mkdtempSync(join(target, "data-"));
  const port = await freePort();
  const log = join(target, "platform.log");
  const out = openSync(log, "w");
  const child = spawn("java", ["-jar", jar], {
    // The whole server log in platform.log (what a failed run is read from), and the throw-away
    // database without a disk sync per commit (innodb_flush_log_at_trx_commit=2; ./run's default is 1).
    env: {
      ...process.env,
      BASHGAH_DATA_DIR: dataDir,
      BASHGAH_PORT: String(port),
      BASHGAH_ADMIN_PASSWORD: ADMIN_PASSWORD,
      BASHGAH_VERBOSE: "true",
      BASHGAH_DB_FLUSH_LOG_AT_TRX_COMMIT: "2",
      // a club's messenger bot may point at the bot API a spec fakes on loopback (09-messenger)
      BASHGAH_MESSENGER_HOSTS: "api.telegram.org,tapi.bale.ai,127.0.0.1",
      BASHGAH_MESSENGER_TIMEOUT_SECONDS: "2",
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  child.unref();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, url, dataDir, log }));
  await waitUntilUp(url, child, log);
  process.env.BASHGAH_E2E_URL = url;
}
