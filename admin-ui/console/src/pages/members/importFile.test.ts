import { describe, expect, it } from "vitest";
import { CSV_TYPE, importContentType, sampleCsv, XLSX_TYPE } from "./importFile";
import { normalizeMobile, normalizeNationalCode } from "../../lib/validation";

describe("member import files", () => {
  it("sends the content type the server takes, by the file's extension", () => {
    expect(importContentType("members.csv")).toBe(CSV_TYPE);
    expect(importContentType("MEMBERS.CSV")).toBe(CSV_TYPE);
    expect(importContentType("اعضا.xlsx")).toBe(XLSX_TYPE);
    expect(importContentType("members.xls")).toBeNull();
    expect(importContentType("members.pdf")).toBeNull();
  });

  it("offers a sample whose rows would import: UTF-8 BOM, a header, good mobiles and national codes", () => {
    for (const lang of ["fa", "en"] as const) {
      const csv = sampleCsv(lang, "A");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const [header, ...rows] = csv.slice(1).trim().split("\r\n").map((l) => l.split(","));
      expect(header).toHaveLength(9);
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row).toHaveLength(9);
        expect(normalizeMobile(row[2])).not.toBeNull();
        if (row[3]) expect(normalizeNationalCode(row[3])).toBe(row[3]);
      }
    }
    expect(sampleCsv("en").split("\r\n")[0]).toBe("\uFEFFfirstName,lastName,mobile,nationalCode,birthDate,group,email,openingPoints,openingCredit");
  });
});
