import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import faCommon from "./fa/common";
import enCommon from "./en/common";
import faAuth from "./fa/auth";
import enAuth from "./en/auth";
import faDashboard from "./fa/dashboard";
import enDashboard from "./en/dashboard";
import faMembers from "./fa/members";
import enMembers from "./en/members";
import faProgramme from "./fa/programme";
import enProgramme from "./en/programme";
import faOrg from "./fa/org";
import enOrg from "./en/org";
import faPlatform from "./fa/platform";
import enPlatform from "./en/platform";
import faMessaging from "./fa/messaging";
import enMessaging from "./en/messaging";
import faPortal from "./fa/portal";
import enPortal from "./en/portal";
import type { Lang } from "../lib/format";

// One namespace per area of the console, so that each screen's words live beside each other.
export const resources = {
  fa: { common: faCommon, auth: faAuth, dashboard: faDashboard, members: faMembers, programme: faProgramme, org: faOrg, platform: faPlatform, messaging: faMessaging, portal: faPortal },
  en: { common: enCommon, auth: enAuth, dashboard: enDashboard, members: enMembers, programme: enProgramme, org: enOrg, platform: enPlatform, messaging: enMessaging, portal: enPortal },
} as const;

const LANG_KEY = "bashgah.lang";

export function storedLanguage(): Lang {
  return localStorage.getItem(LANG_KEY) === "en" ? "en" : "fa";
}

export function rememberLanguage(lang: Lang) {
  localStorage.setItem(LANG_KEY, lang);
}

i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: "fa",
  defaultNS: "common",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
