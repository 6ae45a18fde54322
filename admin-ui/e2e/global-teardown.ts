import { existsSync, readFileSync, rmSync } from "node:fs";
import { STATE_FILE } from "./global-setup";

/** Stops the platform the setup started (its whole process group: Payara and the embedded MariaDB). */
export default async function globalTeardown() {
  if (!existsSync(STATE_FILE)) return;
  const { pid, dataDir } = JSON.parse(readFileSync(STATE_FILE, "utf8")) as { pid: number; dataDir: string };
  rmSync(STATE_FILE);
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.kill(-pid, "SIGKILL");
}
