import { useTranslation } from "react-i18next";
import { rememberLanguage } from "../i18n";
import { setApiLanguage } from "../lib/api";

/** Flips between Persian (right to left) and English (left to right) and remembers the choice. */
export function useLanguageSwitch() {
  const { i18n } = useTranslation();
  return () => {
    const next = i18n.language === "en" ? "fa" : "en";
    rememberLanguage(next);
    setApiLanguage(next);
    void i18n.changeLanguage(next);
  };
}
