import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MembersPage } from "./MembersPage";
import { json, renderPage, stubApi, type Call } from "./testing";

const routes = [
  { path: "/members", element: <MembersPage /> },
  { path: "/members/:memberCode", element: <div data-testid="profile">profile</div> },
];

const member = (code: string, firstName: string, lastName: string, mobile: string) => ({
  memberCode: code,
  firstName,
  lastName,
  mobile,
  group: "A",
  active: true,
  creditActive: code !== "100002",
  registeredAt: "2026-11-23T10:00:00Z",
  tags: [],
  cards: [],
});

const LEILA = member("100001", "لیلا", "کریمی", "09125000000");
const REZA = member("100002", "رضا", "کریمی", "09125000001");

/** Answers GET /members by its one criterion, as the server does, with X-Total-Count. */
function members(c: Call) {
  if (c.method !== "GET") return undefined;
  if (c.path.match(/^\/members\/\d+\/balance$/)) return json({ points: 0, credit: 0, pendingPoints: 0, pendingCredit: 0, level: "SILVER", levelName: "نقره‌ای" });
  if (c.path !== "/members") return undefined;
  const q = c.query;
  let found = [LEILA, REZA];
  if (q.get("mobile")) found = found.filter((m) => m.mobile === q.get("mobile"));
  else if (q.get("code")) found = found.filter((m) => m.memberCode === q.get("code"));
  else if (q.get("nationalCode") || q.get("cardNumber")) found = [];
  else if (q.get("tag")) found = found.filter((m) => m.memberCode === "100001");
  else if (q.get("q")) found = found.filter((m) => m.firstName.startsWith(q.get("q")!) || m.lastName.startsWith(q.get("q")!));
  return json(found, 200, { "X-Total-Count": String(found.length) });
}

const searches = (calls: Call[]) =>
  calls
    .filter((c) => c.path === "/members")
    .map((c) => {
      const q = new URLSearchParams(c.query);
      q.delete("page");
      q.delete("size");
      return decodeURIComponent(q.toString());
    });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe("the members search box", { timeout: 30_000 }, () => {
  it("lists the newest members when nothing is typed", async () => {
    const api = stubApi({ answer: members });
    renderPage(routes, "/members");
    await waitFor(() => expect(screen.getAllByTestId("member-row")).toHaveLength(2));
    expect(screen.getByTestId("search-kind")).toHaveAttribute("data-kind", "");
    expect(searches(api.calls)).toEqual([""]);
    expect(api.calls.find((c) => c.path === "/members")?.query.get("size")).toBe("25");
  });

  it("asks by mobile for a mobile typed in Persian digits, and says so", async () => {
    const api = stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await user.type(await screen.findByTestId("member-search"), "۰۹۱۲ ۵۰۰ ۰۰۰۰");
    expect(screen.getByTestId("search-kind")).toHaveAttribute("data-kind", "mobile");
    expect(screen.getByTestId("search-kind")).toHaveTextContent("شماره همراه");
    await waitFor(() => expect(searches(api.calls)).toContain("mobile=09125000000"));
    await waitFor(() => expect(screen.getAllByTestId("member-row")).toHaveLength(1));
    expect(screen.getByTestId("member-row")).toHaveTextContent("لیلا کریمی");
  });

  it.each([
    ["100002", "code=100002", "code"],
    ["کریمی", "q=کریمی", "q"],
    ["0012345679", "nationalCode=0012345679", "nationalCode"],
    ["9710647505370734", "cardNumber=9710647505370734", "cardNumber"],
  ])("reads %s and asks %s", async (typed, query, kind) => {
    const api = stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await user.type(await screen.findByTestId("member-search"), typed);
    expect(screen.getByTestId("search-kind")).toHaveAttribute("data-kind", kind);
    await waitFor(() => expect(searches(api.calls)).toContain(query));
    // Only the reading after the pause is asked, not every half-typed prefix.
    expect(searches(api.calls).filter((s) => s !== "")).toEqual([query]);
  });

  it("does not ask for a card number whose check digit is wrong, and says why", async () => {
    const api = stubApi({ answer: members });
    renderPage(routes, "/members");
    const box = await screen.findByTestId("member-search");
    // The page's own clock from here (its timeouts: the pause after typing), so nothing waits for real time.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      // Typed at once (user-event's own pauses would wait on the faked clock).
      fireEvent.change(box, { target: { value: "9710647505370735" } });
      await act(() => vi.advanceTimersByTimeAsync(349));
      expect(screen.queryByTestId("member-search-problem")).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(screen.getByTestId("member-search-problem")).toHaveTextContent("شماره کارت درست نیست");
      // Long after the pause, still nothing was asked.
      await act(() => vi.advanceTimersByTimeAsync(5_000));
      expect(searches(api.calls).filter((s) => s !== "")).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("lets the operator read ten digits as a mobile instead of a national code", async () => {
    const api = stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await user.type(await screen.findByTestId("member-search"), "9121234566");
    expect(screen.getByTestId("search-kind")).toHaveAttribute("data-kind", "nationalCode");
    await waitFor(() => expect(searches(api.calls)).toContain("nationalCode=9121234566"));
    await user.click(screen.getByTestId("search-as-mobile"));
    expect(screen.getByTestId("search-kind")).toHaveAttribute("data-kind", "mobile");
    await waitFor(() => expect(searches(api.calls)).toContain("mobile=09121234566"));
  });

  it("opens the profile of a row clicked, and shows a blocked credit", async () => {
    stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await waitFor(() => expect(screen.getAllByTestId("member-row")).toHaveLength(2));
    const reza = screen.getAllByTestId("member-row").find((r) => r.getAttribute("data-id") === "100002")!;
    expect(within(reza).getByTestId("member-status")).toHaveTextContent("اعتبار مسدود");
    await user.click(within(reza).getByText("رضا کریمی"));
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/members/100002"));
  });

  it("opens the one member an exact search found on Enter", async () => {
    stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await user.type(await screen.findByTestId("member-search"), "100001");
    await waitFor(() => expect(screen.getAllByTestId("member-row")).toHaveLength(1));
    await user.type(screen.getByTestId("member-search"), "{Enter}");
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/members/100001"));
  });

  it("filters by a tag when the plan has B2, and shows the filter locked when it does not", async () => {
    const api = stubApi({ answer: members });
    const user = userEvent.setup({ delay: null });
    renderPage(routes, "/members");
    await user.type(await screen.findByTestId("tag-filter"), "خوش‌حساب{Enter}");
    await waitFor(() => expect(searches(api.calls)).toContain("tag=خوش‌حساب"));
    await waitFor(() => expect(screen.getAllByTestId("member-row")).toHaveLength(1));
    expect(screen.getByTestId("search-kind")).toHaveTextContent("خوش‌حساب");
    cleanup();
    vi.unstubAllGlobals();

    stubApi({ answer: members, features: { B2: false } });
    renderPage(routes, "/members");
    expect(await screen.findByTestId("locked-B2")).toBeInTheDocument();
    expect(screen.queryByTestId("tag-filter")).toBeNull();
  });
});
