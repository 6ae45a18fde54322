import type { ComponentType } from "preact";
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { PortalContext, useLoad, type Portal } from "./context";
import { configureApi } from "./lib/api";
import type { Lang } from "./lib/format";
import { rememberLang, storedLang, translate } from "./lib/i18n";
import { portal } from "./lib/portal";
import { addManifest, applyBranding, registerServiceWorker } from "./lib/pwa";
import { parseRoute, portalPath, tenantOf, type Route } from "./lib/routes";
import { forget, loadToken, saveToken } from "./lib/storage";
import { Loading, Problem } from "./components/ui";
import { BottomNav } from "./components/BottomNav";
import { LoginPage } from "./pages/LoginPage";
import { LinkLoginPage } from "./pages/LinkLoginPage";
import { HomePage } from "./pages/HomePage";
import { NotFound } from "./pages/NotFound";
import { InvoicePage } from "./pages/InvoicePage";

// The screens a member opens less often are chunks of their own, fetched when first opened, so that the
// first load (login and home) stays small on a slow mobile network.
function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (!loaded) load().then((c) => ((loaded = c), setReady(true)), setFailed);
    }, []);
    if (failed) return <Problem error={failed} retry={() => location.reload()} />;
    const C = loaded;
    return C ? <C {...props} /> : <Loading />;
  };
}

const HistoryPage = lazy(() => import("./pages/HistoryPage").then((m) => m.HistoryPage));
const OffersPage = lazy(() => import("./pages/OffersPage").then((m) => m.OffersPage));
const ProfilePage = lazy(() => import("./pages/ProfilePage").then((m) => m.ProfilePage));
const QrPage = lazy(() => import("./pages/QrPage").then((m) => m.QrPage));

function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

export function App() {
  const [route, setRoute] = useState<Route>(currentRoute);
  const [lang, setLangState] = useState<Lang>(storedLang);
  const tenant = tenantOf(route);
  const [token, setToken] = useState<string | null>(() => (tenant ? loadToken(tenant) : null));

  const navigate = useCallback((path: string, options: { replace?: boolean } = {}) => {
    if (options.replace) history.replaceState(null, "", path);
    else history.pushState(null, "", path);
    setRoute(currentRoute());
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    const back = () => setRoute(currentRoute());
    addEventListener("popstate", back);
    return () => removeEventListener("popstate", back);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "fa" ? "rtl" : "ltr";
  }, [lang]);

  // The token of this club's member; a 401 ends it and sends him to the login page. Set while rendering,
  // not in an effect: the pages' effects run before this component's, and their first calls (a reload of
  // the home screen) must already carry the token.
  configureApi({
    token: () => (tenant ? loadToken(tenant) : null),
    lang: () => lang,
    unauthorised: () => {
      if (!tenant) return;
      forget(tenant);
      setToken(null);
      navigate(portalPath(tenant, "login"), { replace: true });
    },
  });

  useEffect(() => {
    if (!tenant) return;
    addManifest(tenant);
    if (import.meta.env.PROD) void registerServiceWorker(tenant);
  }, [tenant]);

  const club = useLoad(() => (tenant ? portal.club(tenant) : Promise.resolve(null)), [tenant]);
  useEffect(() => {
    if (club.data) applyBranding(club.data);
  }, [club.data]);

  const context: Portal = useMemo(
    () => ({
      lang,
      setLang: (l: Lang) => {
        rememberLang(l);
        setLangState(l);
      },
      t: (key, values) => translate(lang, key, values),
      tenant,
      club: club.data ?? null,
      navigate,
      signedIn: (session) => {
        if (!tenant) return;
        saveToken(tenant, session.accessToken, session.expiresIn);
        setToken(session.accessToken);
        navigate(portalPath(tenant), { replace: true });
      },
      signOut: () => {
        if (!tenant) return;
        // The server ends the token; whatever it answers (offline, already ended), this phone forgets it.
        portal.signOut().catch(() => {});
        forget(tenant);
        setToken(null);
        navigate(portalPath(tenant, "login"), { replace: true });
      },
    }),
    [lang, tenant, club.data, navigate],
  );

  // Pages that need a member send a visitor without a token to the login page, and back.
  const needsLogin = route.kind === "memberInvoice" || (route.kind === "portal" && route.page !== "login");
  useEffect(() => {
    if (!tenant) return;
    if (needsLogin && !token) navigate(portalPath(tenant, "login"), { replace: true });
    else if (route.kind === "portal" && route.page === "login" && token) navigate(portalPath(tenant), { replace: true });
  }, [needsLogin, token, tenant, route, navigate]);

  return (
    <PortalContext.Provider value={context}>
      <Screen route={route} token={token} club={club} />
    </PortalContext.Provider>
  );
}

function Screen({ route, token, club }: { route: Route; token: string | null; club: ReturnType<typeof useLoad<unknown>> }) {
  if (route.kind === "invoice") return <InvoicePage token={route.token} />;
  if (route.kind === "notFound" && !route.tenant) return <NotFound />;
  // The club's name and colours come first; offline, the kept home screen still opens without them.
  if (club.error && !token) return <NotFound error={club.error} retry={club.reload} />;
  if (route.kind === "notFound") return <NotFound />;
  if (route.kind === "link") return <LinkLoginPage token={route.token} />;
  if (route.kind === "portal" && route.page === "login") return token ? <Loading /> : <LoginPage />;
  if (!token) return <Loading />;
  return (
    <div class="with-nav">
      <main class="page" id="main">
        {route.kind === "memberInvoice" ? (
          <InvoicePage id={route.id} />
        ) : route.page === "history" ? (
          <HistoryPage tab={route.tab} />
        ) : route.page === "offers" ? (
          <OffersPage />
        ) : route.page === "profile" ? (
          <ProfilePage />
        ) : route.page === "qr" ? (
          <QrPage />
        ) : (
          <HomePage />
        )}
      </main>
      <BottomNav current={route.kind === "portal" ? route.page : "history"} />
    </div>
  );
}
