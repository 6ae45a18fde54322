import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { bearer, DEMO, expect, SCREENSHOTS, signIn, test, tokenOf } from "../fixtures";

// The member portal's look (issue 13, CP2): the demo club's owner, on the Professional plan, finds the
// Premium parts (colours, template, app icon, domain) shown but disabled, gives the portal a display
// name and a logo, and the portal's public answer and the preview both carry them.

/** A real PNG of one colour (RGB, 8 bits), made here: chunks with their CRC-32, the rows deflated. */
function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const crc32 = (bytes: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of bytes) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method beyond the default, not interlaced
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3])]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}

const displayName = `باشگاه دمو ${String(Date.now()).slice(-4)}`;

test("the demo club's owner names the portal and gives it a logo; the portal and the preview show them", async ({ page, request }) => {
  try {
    await signIn(page, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await page.getByTestId("nav-portal-look").click();
    await expect(page).toHaveURL(/\/admin\/portal-look$/);
    await expect(page.getByTestId("branding-form")).toBeVisible();

    // Professional: the Premium parts are there, disabled, with the plan that has them.
    for (const part of ["colours", "template", "icon", "domain"]) await expect(page.getByTestId(`plan-line-${part}`)).toContainText("پریمیوم");
    await expect(page.getByTestId("primaryColor-text")).toBeDisabled();
    await expect(page.getByTestId("primaryColor-picker")).toBeDisabled();
    await expect(page.getByTestId("template-bold")).toBeDisabled();
    await expect(page.getByTestId("icon-choose")).toBeDisabled();
    await expect(page.getByTestId("domain")).toBeDisabled();
    await expect(page.getByTestId("displayName")).toBeEnabled();

    // The logo is uploaded as soon as it is picked (checked first: a PNG, well under 200 KB).
    const logo = solidPng(96, 96, [11, 110, 79]);
    expect(logo.length).toBeLessThan(200 * 1024);
    await page.getByTestId("logo-file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
    await expect(page.getByTestId("logo-current")).toHaveAttribute("src", /\/p\/demo\/logo/);
    await expect(page.getByTestId("preview-logo")).toHaveAttribute("src", /\/p\/demo\/logo/);

    // The preview follows the name as it is typed, before the save.
    await page.getByTestId("displayName").fill(displayName);
    await expect(page.getByTestId("preview-name")).toHaveText(displayName);
    await page.getByTestId("branding-save").click();
    await expect(page.getByTestId("notice")).toContainText("ظاهر پرتال ذخیره شد");
    await expect(page.getByTestId("branding-save")).toBeDisabled();
    await expect(page.getByTestId("preview-name")).toHaveText(displayName);
    await expect(page.getByTestId("open-portal")).toHaveAttribute("href", /\/p\/demo\/?$/);

    // The portal's public answer (no login) carries both, and the logo is served.
    const club = await request.get(`/api/v1/portal/${DEMO.club}/club`);
    expect(club.status(), await club.text()).toBe(200);
    const body = (await club.json()) as { name: string; logoUrl: string | null };
    expect(body.name).toBe(displayName);
    expect(body.logoUrl).toBeTruthy();
    const image = await request.get(body.logoUrl!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);

    // Read again from the server, the page shows what was saved.
    await page.reload();
    await expect(page.getByTestId("displayName")).toHaveValue(displayName);
    await expect(page.getByTestId("preview-name")).toHaveText(displayName);
    await page.screenshot({ path: join(SCREENSHOTS, "portal-look.png"), fullPage: true });
  } finally {
    // Put the demo club back under its own name and without a logo, for whatever runs after.
    const owner = await tokenOf(request, DEMO.club, DEMO.owner.username, DEMO.owner.password);
    await request.put("/api/v1/portal/branding", { headers: bearer(owner), data: { displayName: null } });
    await request.delete("/api/v1/portal/branding/logo", { headers: bearer(owner) });
  }
});
