import { usePortal } from "../context";
import { portalPath, type Page } from "../lib/routes";
import { Link } from "./ui";

// Four places, always at the thumb: home, history, offers, profile. Simple line icons, drawn here.
const ICONS: Record<string, string> = {
  home: "M3 11 12 4l9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
  history: "M12 7v5l3 2M3 12a9 9 0 1 0 3-6.7M3 4v4h4",
  offers: "M20 12v8H4v-8M2 7h20v5H2zM12 20V7M12 7H8a2 2 0 1 1 0-4c3 0 4 4 4 4zm0 0h4a2 2 0 1 0 0-4c-3 0-4 4-4 4z",
  profile: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-8 9a8 8 0 0 1 16 0",
};

export function Icon({ name }: { name: string }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function BottomNav({ current }: { current: Page }) {
  const { t, tenant } = usePortal();
  if (!tenant) return null;
  const items = [
    ["home", t("navHome")],
    ["history", t("navHistory")],
    ["offers", t("navOffers")],
    ["profile", t("navProfile")],
  ] as const;
  return (
    <nav class="bottom-nav" aria-label={t("mainNav")}>
      {items.map(([page, label]) => (
        <Link key={page} href={portalPath(tenant, page)} aria-current={current === page || (current === "qr" && page === "home") ? "page" : undefined} data-testid={`nav-${page}`}>
          <Icon name={page} />
          <span>{label}</span>
        </Link>
      ))}
    </nav>
  );
}
