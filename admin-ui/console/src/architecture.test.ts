import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// How the console is built, checked on its sources (issue 11): each feature's calls to the API live
// in its queries.ts, and every create or edit dialog is a FormDialog.

const SRC = join(process.cwd(), "src");

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "testing" || name === "__fixtures__" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== "testing.tsx" ? [path] : [];
  });
}

const files = sources().map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

describe("the console's sources", () => {
  it("call the API only from a feature's queries.ts (lib/api.ts is the client itself)", () => {
    const calling = files.filter((f) => !f.path.endsWith("queries.ts") && f.path !== join("lib", "api.ts") && /\b(api|apiPage|apiBlob)(<[^>]*>)?\(|queryFn:|mutationFn:/.test(f.text));
    expect(calling.map((f) => f.path)).toEqual([]);
  });

  it("build no dialog by hand: forms are FormDialogs, questions ConfirmDialogs", () => {
    const own = ["FormDialog.tsx", "ConfirmDialog.tsx"].map((n) => join("components", n));
    const hand = files.filter((f) => !own.includes(f.path) && /<DialogTitle\b/.test(f.text));
    // What is left only shows something (an entry of the log, a new terminal's key shown once) or asks
    // with answers of its own (keep mine or take theirs after a 409; stay or leave), and sends no form.
    expect(hand.map((f) => f.path).sort()).toEqual(
      [join("components", "audit", "AuditDetail.tsx"), join("pages", "org", "BranchDialogs.tsx"), join("pages", "programme", "ProgrammeEditor.tsx")].sort(),
    );
  });

  it("have no page over 400 lines", () => {
    const long = files.filter((f) => /Page\.tsx$|Panel\.tsx$|Dialogs?\.tsx$/.test(f.path) && f.text.split("\n").length > 400);
    expect(long.map((f) => f.path)).toEqual([]);
  });
});
