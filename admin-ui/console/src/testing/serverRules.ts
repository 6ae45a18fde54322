/**
 * The answers of GET /roles and GET /plans for the tests, made from the server's own sources
 * (Role.java, Permission.java, plan-matrix.txt) when the tests run, so that a test's idea of the
 * roles and plans cannot drift from the server's.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { RoleInfo } from "../pages/org/queries";
import type { PlanMatrix } from "../pages/club/queries";

/** The repository's root: the first folder up from where the tests run that holds the platform's sources. */
function repoRoot(): string {
  for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, "platform", "kernel"))) return dir;
  throw new Error("the platform's sources are not above " + process.cwd());
}

const repo = repoRoot();
const source = (path: string) => readFileSync(join(repo, path), "utf8");

const wire = (constant: string) => constant.toLowerCase().replace(/_/g, "-");

/** The constants of a Java enum: up to its first ";" (or its end, when it has nothing else). */
function enumConstants(java: string): string[] {
  const start = java.indexOf("{", java.indexOf(" enum ")) + 1;
  const semicolon = java.indexOf(";", start);
  const body = java.slice(start, semicolon < 0 ? java.lastIndexOf("}") : Math.min(semicolon, java.lastIndexOf("}")));
  return [...body.replace(/\/\*\*[\s\S]*?\*\//g, "").matchAll(/\b([A-Z][A-Z_]+)\b/g)].map((m) => m[1]);
}

const PERMISSIONS = enumConstants(source("platform/kernel/src/main/java/ir/bashgah/kernel/access/Permission.java")).map(wire);

/** Role.java's staff roles and their permissions (in Permission.java's order, as the server answers). */
function roles(): RoleInfo[] {
  const java = source("platform/kernel/src/main/java/ir/bashgah/kernel/access/Role.java");
  const body = java.slice(java.indexOf("{", java.indexOf("public enum Role")) + 1, java.indexOf(";\n", java.indexOf("public enum Role")));
  const found: RoleInfo[] = [];
  for (const m of body.replace(/\/\*\*[\s\S]*?\*\//g, "").matchAll(/([A-Z_]+)\(([^)]*)\)/g)) {
    const role = wire(m[1]);
    if (role === "platform-admin" || role === "terminal" || role === "member") continue;
    const granted = new Set(m[2].split(",").map((p) => wire(p.trim())).filter(Boolean));
    found.push({
      role,
      permissions: PERMISSIONS.filter((p) => granted.has(p)),
      // BranchScope.java and StaffAuthority.onlyAnOwnerGrants; ConsoleIT checks the server says the same.
      branch: role === "branch-manager" ? "required" : role === "cashier" ? "optional" : "none",
      ownerGrantsOnly: role === "owner" || role === "manager",
    });
  }
  return found;
}

/** plan-matrix.txt as GET /plans answers it. */
function planMatrix(): PlanMatrix {
  const plans = enumConstants(source("platform/tenancy/src/main/java/ir/bashgah/tenancy/api/Plan.java"));
  const lines = source("platform/features/src/main/resources/ir/bashgah/features/plan-matrix.txt")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"));
  return {
    plans,
    features: lines.map((l) => {
      const [code, name, ...cells] = l.split("|").map((c) => c.trim());
      return { code, name, cells: Object.fromEntries(plans.map((p, i) => [p, cells[i]])) };
    }),
  };
}

export const ROLES = roles();
export const PLANS = planMatrix();

const MESSAGING = "tenant-modules/messaging/src/main/java/ir/bashgah/messaging";

/** Trigger.java's triggers, each with the kind it declares. */
export const TRIGGERS = [...source(`${MESSAGING}/api/Trigger.java`).matchAll(/\b([A-Z][A-Z_]+)\(MessageKind\.(\w+)\)/g)].map((m) => ({ trigger: m[1], kind: m[2] }));

/** Placeholder.java's tokens, as written between the braces. */
export const PLACEHOLDER_TOKENS = [...source(`${MESSAGING}/domain/template/Placeholder.java`).matchAll(/\b[A-Z][A-Z_]+\("(\w+)"\)/g)].map((m) => m[1]);

/** MessageStatus.java's statuses an API answer may show (SENDING is the outbox's own, shown as QUEUED). */
export const MESSAGE_STATUSES = enumConstants(source(`${MESSAGING}/api/MessageStatus.java`)).filter((s) => s !== "SENDING");
