/** What docs/member-import.md says the import takes, and the sample file the page offers. */

export const CSV_TYPE = "text/csv";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The content type to send for a chosen file, by its extension: browsers report a CSV as
 * application/vnd.ms-excel on machines with Excel, which the server would refuse (415).
 */
export function importContentType(fileName: string): string | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(".csv") || name.endsWith(".txt")) return CSV_TYPE;
  if (name.endsWith(".xlsx")) return XLSX_TYPE;
  return null;
}

/** The columns of the file: the English name, the Persian names also accepted, and whether required. */
export const IMPORT_COLUMNS: { field: string; aliases: string; required?: boolean; help: string }[] = [
  { field: "firstName", aliases: "نام", required: true, help: "firstName" },
  { field: "lastName", aliases: "نام خانوادگی، فامیلی", required: true, help: "lastName" },
  { field: "mobile", aliases: "موبایل، تلفن همراه، شماره موبایل، شماره همراه، همراه", required: true, help: "mobile" },
  { field: "title", aliases: "عنوان، پیشوند", help: "title" },
  { field: "group", aliases: "گروه", help: "group" },
  { field: "category", aliases: "دسته، دسته‌بندی، رده", help: "category" },
  { field: "nationalCode", aliases: "کد ملی، کدملی", help: "nationalCode" },
  { field: "birthDate, marriageDate", aliases: "تاریخ تولد، تاریخ ازدواج", help: "birthDate" },
  { field: "phone, otherPhones", aliases: "تلفن، تلفن ثابت، تلفن‌های دیگر، سایر تلفن‌ها", help: "phone" },
  { field: "address, city, postalCode, email", aliases: "نشانی، آدرس، شهر، کد پستی، ایمیل، پست الکترونیک", help: "address" },
  { field: "referrerCode", aliases: "کد معرف", help: "referrerCode" },
  { field: "externalRef", aliases: "کد مشتری، شناسه خارجی، کد حسابداری", help: "externalRef" },
  { field: "openingPoints, openingCredit", aliases: "امتیاز اولیه، امتیاز، اعتبار اولیه، اعتبار", help: "openingPoints" },
];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A sample CSV in the reader's language (Persian or English column names, both accepted), UTF-8
 * with a BOM so that Excel shows the Persian. The mobiles and national codes are well formed but
 * made up; {@code group} is one of the club's groups when it has any.
 */
export function sampleCsv(lang: "fa" | "en", group?: string): string {
  const header =
    lang === "fa"
      ? ["نام", "نام خانوادگی", "موبایل", "کد ملی", "تاریخ تولد", "گروه", "ایمیل", "امتیاز اولیه", "اعتبار اولیه"]
      : ["firstName", "lastName", "mobile", "nationalCode", "birthDate", "group", "email", "openingPoints", "openingCredit"];
  const g = group ?? "";
  const rows = [
    ["سارا", "محمدی", "09121234567", "0012345679", "1990-05-21", g, "sara@example.ir", "1200", "500000"],
    ["علی", "رضایی", "9351234567", "2287654321", "", g, "", "0", "0"],
    ["مریم", "احمدی", "+989191234567", "", "1985-11-02", "", "", "350", ""],
  ];
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Saves a blob under a name, as a download. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
