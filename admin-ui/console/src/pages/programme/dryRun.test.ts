import { describe, expect, it } from "vitest";
import { dryRunBody, linesTotal, newLine, newPayment, normalizeTime, paymentAmounts, tehranOffset, type DryRunForm } from "./dryRun";

function sample(patch: Partial<DryRunForm> = {}): DryRunForm {
  return {
    memberCode: "۱۰۰۰۰۱",
    date: "2026-11-27",
    time: "09:30",
    lines: [
      { ...newLine("drinks"), quantity: "۲", unitPrice: "۸۵۰٬۰۰۰" },
      { ...newLine("retail"), quantity: "1", unitPrice: "300000" },
    ],
    payments: [{ ...newPayment("CARD"), amount: "1,000,000" }, newPayment("CASH")],
    ...patch,
  };
}

describe("the sample invoice of the preview", () => {
  it("becomes the dry run's body: Latin digits, whole rials, Tehran time with its offset", () => {
    const { body, errors } = dryRunBody(sample());
    expect(errors).toEqual({});
    expect(body).toEqual({
      memberCode: "100001",
      issuedAt: "2026-11-27T09:30:00+03:30",
      lines: [
        { sku: "preview-1", productGroup: "drinks", quantity: 2, unitPrice: 850000 },
        { sku: "preview-2", productGroup: "retail", quantity: 1, unitPrice: 300000 },
      ],
      payments: [
        { method: "CARD", amount: 1000000 },
        { method: "CASH", amount: 1000000 },
      ],
    });
  });

  it("lets one payment left empty take what the others leave of the total", () => {
    const form = sample();
    expect(linesTotal(form)).toBe(2_000_000);
    expect(paymentAmounts(form)).toEqual([1_000_000, 1_000_000]);
    const two = sample({ payments: [newPayment("CASH"), newPayment("CARD")] });
    expect(paymentAmounts(two)).toEqual([null, null]);
    expect(dryRunBody(two).errors).toHaveProperty(["payments[0].amount"]);
  });

  it("refuses payments that do not add up to the items", () => {
    const { body, errors } = dryRunBody(sample({ payments: [{ ...newPayment("CASH"), amount: "1500000" }] }));
    expect(body).toBeNull();
    expect(errors.payments).toEqual({ key: "paymentsTotal", values: { paid: 1_500_000, total: 2_000_000 } });
  });

  it("names every missing or wrong field at once", () => {
    const { body, errors } = dryRunBody(
      sample({ memberCode: " ", time: "25:00", lines: [{ ...newLine(""), quantity: "0", unitPrice: "abc" }], payments: [] }),
    );
    expect(body).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["lines[0].productGroup", "lines[0].quantity", "lines[0].unitPrice", "memberCode", "payments", "time"].sort());
  });

  it("reads times typed with Persian digits", () => {
    expect(normalizeTime("۸:۰۵")).toBe("08:05");
    expect(normalizeTime("23:59")).toBe("23:59");
    expect(normalizeTime("24:00")).toBeNull();
    expect(normalizeTime("8")).toBeNull();
  });

  it("knows Tehran's offset, including the summers before daylight saving was abolished", () => {
    expect(tehranOffset("2026-11-27", "09:30")).toBe("+03:30");
    expect(tehranOffset("2026-07-01", "12:00")).toBe("+03:30");
    expect(tehranOffset("2021-07-01", "12:00")).toBe("+04:30");
  });
});
