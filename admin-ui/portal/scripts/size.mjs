// Prints what a phone downloads on its first visit: index.html and the files it loads (entry script,
// modulepreloads, stylesheet), raw and gzipped; then the lazy chunks. Runs after `vite build`.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const html = readFileSync(join(dist, "index.html"), "utf8");
const first = ["index.html", ...new Set([...html.matchAll(/(?:src|href)="\/p\/(assets\/[^"]+)"/g)].map((m) => m[1]))];
const size = (file) => {
  const bytes = readFileSync(join(dist, file));
  return [bytes.length, gzipSync(bytes, { level: 9 }).length];
};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let raw = 0;
let gz = 0;
for (const file of first) {
  const [r, g] = size(file);
  raw += r;
  gz += g;
  console.log(`  ${file.padEnd(40)} ${kb(r).padStart(9)}  gzip ${kb(g).padStart(8)}`);
}
console.log(`portal first load: ${kb(raw)}, gzip ${kb(gz)}`);
for (const file of readdirSync(join(dist, "assets")).map((f) => `assets/${f}`).filter((f) => !first.includes(f))) {
  const [r, g] = size(file);
  console.log(`  later: ${file.padEnd(33)} ${kb(r).padStart(9)}  gzip ${kb(g).padStart(8)}`);
}
