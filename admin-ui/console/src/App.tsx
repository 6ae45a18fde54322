import { useEffect, type ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { useTranslation } from "react-i18next";
import { ConsoleTheme } from "./theme";
import { SessionProvider, useSession } from "./lib/session";
import { ApiError, setApiLanguage } from "./lib/api";
import { useLang } from "./components/useLang";
import { Layout } from "./components/Layout";
import { Authenticated, RequirePermission } from "./components/Guards";
import { LoginPage } from "./pages/LoginPage";
import { ProfilePage } from "./pages/ProfilePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { DashboardPage } from "./pages/dashboard/DashboardPage";
import { MembersPage } from "./pages/members/MembersPage";
import { RegisterMemberPage } from "./pages/members/RegisterMemberPage";
import { MemberProfilePage } from "./pages/members/MemberProfilePage";
import { ImportsPage } from "./pages/members/ImportsPage";
import { ProgrammePage } from "./pages/programme/ProgrammePage";
import { BatchesPage } from "./pages/messaging/BatchesPage";
import { BatchPage } from "./pages/messaging/BatchPage";
import { ComposePage } from "./pages/messaging/ComposePage";
import { TemplatesPage } from "./pages/messaging/TemplatesPage";
import { SegmentsPage } from "./pages/messaging/SegmentsPage";
import { AutomationsPage } from "./pages/messaging/AutomationsPage";
import { SettingsPage as MessagingSettingsPage } from "./pages/messaging/SettingsPage";
import { BranchesPage } from "./pages/org/BranchesPage";
import { StaffPage } from "./pages/org/StaffPage";
import { PlanPage } from "./pages/club/PlanPage";
import { AuditPage } from "./pages/club/AuditPage";
import { PortalLookPage } from "./pages/portal/PortalLookPage";
import { TenantsPage } from "./pages/platform/TenantsPage";
import { TenantPage } from "./pages/platform/TenantPage";
import { PlatformAuditPage } from "./pages/platform/PlatformAuditPage";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a dropped connection might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

function Home() {
  const session = useSession();
  if (session.isPlatformAdmin) return <Navigate to="/platform/tenants" replace />;
  if (session.may("dashboard-read")) return <Navigate to="/dashboard" replace />;
  return <Navigate to="/members" replace />;
}

const guard = (permission: string, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

const router = createBrowserRouter(
  [
    { path: "/login", element: <LoginPage /> },
    {
      element: (
        <Authenticated>
          <Layout />
        </Authenticated>
      ),
      children: [
        { index: true, element: <Home /> },
        { path: "profile", element: <ProfilePage /> },
        { path: "dashboard", element: guard("dashboard-read", <DashboardPage />) },
        { path: "members", element: guard("members-read", <MembersPage />) },
        { path: "members/new", element: guard("members-write", <RegisterMemberPage />) },
        { path: "members/:memberCode", element: guard("members-read", <MemberProfilePage />) },
        { path: "imports", element: guard("members-import", <ImportsPage />) },
        { path: "imports/:importId", element: guard("members-import", <ImportsPage />) },
        { path: "programme", element: guard("loyalty-configure", <ProgrammePage />) },
        { path: "messages", element: guard("messages-read", <BatchesPage />) },
        { path: "messages/new", element: guard("messages-send", <ComposePage />) },
        { path: "messages/batches/:batchId", element: guard("messages-read", <BatchPage />) },
        { path: "messages/templates", element: guard("messages-read", <TemplatesPage />) },
        { path: "messages/segments", element: guard("messages-read", <SegmentsPage />) },
        { path: "messages/automations", element: guard("messages-read", <AutomationsPage />) },
        { path: "messages/settings", element: guard("messages-read", <MessagingSettingsPage />) },
        { path: "branches", element: guard("branches-read", <BranchesPage />) },
        { path: "staff", element: guard("staff-read", <StaffPage />) },
        { path: "portal-look", element: guard("portal-configure", <PortalLookPage />) },
        { path: "plan", element: guard("features-read", <PlanPage />) },
        { path: "audit", element: guard("audit-read", <AuditPage />) },
        { path: "platform/tenants", element: guard("platform-tenants", <TenantsPage />) },
        { path: "platform/tenants/:slug", element: guard("platform-tenants", <TenantPage />) },
        { path: "platform/audit", element: guard("platform-audit", <PlatformAuditPage />) },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: "/admin" },
);

function Directed({ children }: { children: ReactNode }) {
  const lang = useLang();
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "fa" ? "rtl" : "ltr";
    document.title = i18n.t("appName");
    setApiLanguage(lang);
  }, [lang, i18n]);
  return <ConsoleTheme lang={lang}>{children}</ConsoleTheme>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <Directed>
          <RouterProvider router={router} />
        </Directed>
      </SessionProvider>
    </QueryClientProvider>
  );
}
