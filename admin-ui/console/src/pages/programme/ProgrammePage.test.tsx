import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import demo from "./__fixtures__/demo-programme.json";
import { ProgrammePage } from "./ProgrammePage";
import { renderPage, sessionAnswers, stubApi, type Call, type Handler } from "./testing";

const PROFESSIONAL = { A3: true, B4: true, B6: true, D1: true, D5: true };
const STANDARD = { A3: false, B4: true, B6: false, D1: false, D5: true };
const GROUPS = [
  { code: "A", name: "مشتریان ویژه" },
  { code: "B", name: "مشتریان عادی" },
];
const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function club(features: Record<string, boolean>, extra: Handler = () => undefined, plan = "PROFESSIONAL") {
  const session = sessionAnswers(features, plan);
  return stubApi((call: Call) => {
    const own = extra(call);
    if (own) return own;
    if (call.method === "GET" && call.path === "/programmes") return { body: [demo] };
    if (call.method === "GET" && call.path === "/member-groups") return { body: GROUPS };
    return session(call);
  });
}

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });

// The whole screen in jsdom is slow to render: give it time.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

describe("the programme screen", () => {
  it("saves the edited document with the version it was loaded at, everything else as it came", async () => {
    const saved = clone(demo);
    const calls = club(PROFESSIONAL, (call) => {
      if (call.method === "PUT" && call.path === "/programmes/default") {
        const body = call.body as { name: string; rules: typeof demo.rules; version: number };
        return { body: { ...saved, name: body.name, rules: body.rules, version: body.version + 1 } };
      }
    });
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    expect(screen.getByTestId("programme-version").dataset.version).toBe("2");
    expect(screen.getByTestId("programme-save")).toBeDisabled();

    type("earning-rials-per-point", "۲۰٬۰۰۰");
    type("product-group-0-points", "۱٫۷۵");
    expect(await screen.findByTestId("programme-dirty")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("programme-save"));

    await waitFor(() => expect(screen.getByTestId("programme-version").dataset.version).toBe("3"));
    const put = calls.find((c) => c.method === "PUT")!;
    const expected = clone(demo.rules) as typeof demo.rules;
    expected.earning.rialsPerPoint = 20000;
    expected.earning.productGroups[0].points = 1.75;
    expect(put.body).toEqual({ name: demo.name, version: 2, rules: expected });
    expect(screen.queryByTestId("programme-dirty")).not.toBeInTheDocument();
  });

  it("sends nothing while a field is wrong, and says which", async () => {
    const calls = club(PROFESSIONAL);
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("product-group-0-points", "1.23456");
    type("earning-rials-per-point", "");
    fireEvent.click(screen.getByTestId("programme-save"));
    expect(await screen.findByTestId("programme-client-errors")).toBeInTheDocument();
    expect(screen.getByText("از ۰ تا ۱۰۰، حداکثر چهار رقم اعشار")).toBeInTheDocument();
    expect(screen.getByText("لازم است")).toBeInTheDocument();
    expect(screen.getByTestId("programme-tab-earning-errors")).toHaveTextContent("۲");
    expect(calls.some((c) => c.method === "PUT")).toBe(false);
  });

  it("shows the server's field errors beside their inputs and the others in an alert", async () => {
    club(PROFESSIONAL, (call) => {
      if (call.method === "PUT")
        return {
          status: 422,
          body: {
            type: "https://bashgah.ir/problems/validation-failed",
            title: "اطلاعات ارسال‌شده معتبر نیست",
            status: 422,
            errors: [
              { field: "rules.earning.rialsPerPoint", message: "must be 0 (no points) to 1,000,000,000 rials" },
              { field: "rules.unknownThing", message: "is odd" },
            ],
          },
        };
    });
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("earning-rials-per-point", "5000");
    fireEvent.click(screen.getByTestId("programme-save"));
    expect(await screen.findByText("must be 0 (no points) to 1,000,000,000 rials")).toBeInTheDocument();
    expect(screen.getAllByRole("alert").some((a) => a.textContent?.includes("rules.unknownThing: is odd"))).toBe(true);
    // Editing the field clears the server's word on it.
    type("earning-rials-per-point", "6000");
    expect(screen.queryByText("must be 0 (no points) to 1,000,000,000 rials")).not.toBeInTheDocument();
  });

  it("on a plan with levels but not rules, saves the levels alone and shows the rest locked", async () => {
    const calls = club(STANDARD, (call) => {
      if (call.method === "PUT" && call.path === "/programmes/default/levels") return { body: { ...demo, version: 3 } };
    }, "STANDARD");
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    expect(screen.getByTestId("locked-A3")).toBeInTheDocument();
    expect(input("earning-rials-per-point")).toBeDisabled();

    fireEvent.click(screen.getByTestId("programme-tab-levels"));
    type("levels-grace-days", "45");
    // The saved levels give discounts D1 the plan lacks: the owner is told to take them off first.
    fireEvent.click(screen.getByTestId("programme-save"));
    expect(await screen.findAllByText("از طرح حرفه‌ای به بعد در دسترس است")).toHaveLength(2);
    type("tier-1-discount", "0");
    type("tier-2-discount", "");
    fireEvent.click(screen.getByTestId("programme-save"));
    await waitFor(() => expect(calls.some((c) => c.method === "PUT")).toBe(true));
    const put = calls.find((c) => c.method === "PUT")!;
    expect(put.path).toBe("/programmes/default/levels");
    const levels = clone(demo.rules.levels) as unknown as { graceDays: number; tiers: Record<string, unknown>[] };
    levels.graceDays = 45;
    levels.tiers[1].discountPercent = 0;
    delete levels.tiers[2].discountPercent;
    expect(put.body).toEqual({ version: 2, levels });
  });

  it("after a 409 keeps the operator's edits on top of the version saved meanwhile", async () => {
    const theirs = clone(demo);
    theirs.version = 3;
    theirs.rules.levels.graceDays = 60;
    let conflicts = 1;
    const calls = club(PROFESSIONAL, (call) => {
      if (call.method === "GET" && call.path === "/programmes/default") return { body: theirs };
      if (call.method === "PUT" && conflicts-- > 0) return { status: 409, body: { type: "https://bashgah.ir/problems/conflict", title: "تداخل", status: 409, detail: "changed" } };
      if (call.method === "PUT") return { body: { ...theirs, rules: (call.body as { rules: unknown }).rules, version: 4 } };
    });
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("earning-rials-per-point", "20000");
    fireEvent.click(screen.getByTestId("programme-save"));
    fireEvent.click(await screen.findByTestId("conflict-keep-mine"));
    await waitFor(() => expect(screen.getByTestId("programme-version").dataset.version).toBe("3"));
    fireEvent.click(screen.getByTestId("programme-save"));
    await waitFor(() => expect(screen.getByTestId("programme-version").dataset.version).toBe("4"));
    const last = calls.filter((c) => c.method === "PUT").pop()!.body as { version: number; rules: typeof demo.rules };
    expect(last.version).toBe(3);
    expect(last.rules.earning.rialsPerPoint).toBe(20000);
    expect(last.rules.levels.graceDays).toBe(60);
  });

  it("creates a programme from a copy of the rules on screen, and makes another the default", async () => {
    const wholesale = { ...clone(demo), code: "wholesale", name: "مشتریان عمده", isDefault: false, version: 1 };
    let list: unknown[] = [demo, wholesale];
    const calls = club(PROFESSIONAL, (call) => {
      if (call.method === "GET" && call.path === "/programmes") return { body: list };
      if (call.method === "PUT" && call.path === "/programmes/wholesale/default") {
        list = (list as typeof wholesale[]).map((p) => ({ ...p, isDefault: p.code === "wholesale" }));
        return { body: list[1] };
      }
      if (call.method === "POST" && call.path === "/programmes") {
        const body = call.body as { code: string; name: string; rules: unknown };
        const created = { ...clone(demo), ...body, isDefault: false, version: 1 };
        list = [...list, created];
        return { status: 201, body: created };
      }
    });
    const { router } = await renderPage(<ProgrammePage />, { path: "/programme?p=wholesale" });
    expect(await screen.findByTestId("programme-make-default")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("programme-make-default"));
    expect(await screen.findByTestId("programme-is-default")).toBeInTheDocument();
    expect(calls.some((c) => c.method === "PUT" && c.path === "/programmes/wholesale/default")).toBe(true);

    fireEvent.click(screen.getByTestId("programme-new"));
    type("new-programme-name", "کارکنان");
    type("new-programme-code", "Staff Club");
    fireEvent.click(screen.getByTestId("new-programme-create"));
    await waitFor(() => expect(router.state.location.search).toBe("?p=staff-club"));
    expect(calls.find((c) => c.method === "POST")!.body).toEqual({ code: "staff-club", name: "کارکنان", rules: demo.rules });
  });

  it("asks before leaving with unsaved changes", async () => {
    club(PROFESSIONAL);
    const { router } = await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("earning-return-window", "7");
    await router.navigate("/members");
    const dialog = await screen.findByTestId("programme-leave");
    fireEvent.click(within(dialog).getByTestId("leave-stay"));
    expect(router.state.location.pathname).toBe("/programme");
  });
});

describe("the preview", () => {
  const quote = { total: 1700000, eligible: 1700000, pointsEarned: 382, creditEarned: 28050, cashback: 8500, availableAt: null, programme: "default", level: "SILVER", earnMultiplier: 1.2, memberGroupCoefficient: 1.2, period: "جمعه‌ها", periodCoefficient: 1.5, discountPercent: 5 };

  it("sends the sample invoice and shows what it earns", async () => {
    const calls = club(PROFESSIONAL, (call) => (call.method === "POST" && call.path === "/pos/invoices/dry-run" ? { body: quote } : undefined));
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("dryrun-member", "۱۰۰۰۰۱");
    type("dryrun-time", "۰۹:۳۰");
    type("dryrun-line-0-group", "drinks");
    type("dryrun-line-0-quantity", "2");
    type("dryrun-line-0-price", "850,000");
    fireEvent.click(screen.getByTestId("dryrun-submit"));

    expect(await screen.findByTestId("dryrun-points")).toHaveTextContent("۳۸۲");
    expect(screen.getByTestId("dryrun-credit")).toHaveTextContent("۲۸٬۰۵۰ ریال");
    expect(screen.getByTestId("dryrun-level")).toHaveTextContent("نقره‌ای");
    const post = calls.find((c) => c.method === "POST")!;
    expect(post.body).toMatchObject({
      memberCode: "100001",
      lines: [{ sku: "preview-1", productGroup: "drinks", quantity: 2, unitPrice: 850000 }],
      payments: [{ method: "CASH", amount: 1700000 }],
    });
    expect((post.body as { issuedAt: string }).issuedAt).toMatch(/^\d{4}-\d{2}-\d{2}T09:30:00\+03:30$/);
  });

  it("says when the member's own programme priced the invoice", async () => {
    club(PROFESSIONAL, (call) => (call.method === "POST" ? { body: { ...quote, programme: "wholesale" } } : undefined));
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("dryrun-member", "100002");
    fireEvent.click(screen.getByTestId("dryrun-submit"));
    expect(await screen.findByTestId("dryrun-other-programme")).toHaveTextContent("wholesale");
  });

  it("says so when the server has no preview yet", async () => {
    club(PROFESSIONAL);
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("dryrun-member", "100001");
    fireEvent.click(screen.getByTestId("dryrun-submit"));
    expect(await screen.findByTestId("dryrun-unavailable")).toBeInTheDocument();
  });

  it("points at the member code when there is no such member", async () => {
    club(PROFESSIONAL, (call) =>
      call.method === "POST" ? { status: 404, body: { type: "https://bashgah.ir/problems/not-found", title: "یافت نشد", status: 404, detail: "No member with code 999" } } : undefined,
    );
    await renderPage(<ProgrammePage />);
    await screen.findByTestId("programme-version");
    type("dryrun-member", "999");
    fireEvent.click(screen.getByTestId("dryrun-submit"));
    expect(await screen.findByText("عضوی با این کد نیست")).toBeInTheDocument();
  });
});
