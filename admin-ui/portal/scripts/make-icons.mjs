// Draws the portal's default icons (public/icon-192.png, public/icon-512.png): a white star in a ring on the
// platform's green, full bleed so that it also works as a maskable icon. A club's own icon replaces them
// in its manifest. Plain Node (zlib), no image library: `npm run icons -w portal`.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const GREEN = [0x0b, 0x6e, 0x4f];
const WHITE = [0xff, 0xff, 0xff];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function star(cx, cy, outer, inner) {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? inner : outer;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function icon(size) {
  const c = size / 2;
  const shape = star(c, c * 1.02, size * 0.2, size * 0.085);
  const white = (x, y) => {
    const d = Math.hypot(x - c, y - c);
    return (d > size * 0.3 && d < size * 0.34) || inside(shape, x, y);
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let w = 0; // 4x4 samples a pixel, for smooth edges
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (white(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) w++;
      for (let k = 0; k < 3; k++) row[1 + x * 3 + k] = Math.round(GREEN[k] + ((WHITE[k] - GREEN[k]) * w) / 16);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [192, 512]) writeFileSync(join(import.meta.dirname, "..", "public", `icon-${size}.png`), icon(size));
