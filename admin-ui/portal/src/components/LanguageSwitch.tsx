import { usePortal } from "../context";

/** فارسی ⇄ English: the button names the other language, in that language. */
export function LanguageSwitch() {
  const { t, lang, setLang } = usePortal();
  const other = lang === "fa" ? "en" : "fa";
  return (
    <button type="button" class="link lang-switch" lang={other} onClick={() => setLang(other)} data-testid="language-switch" aria-label={`${t("language")}: ${t("switchLanguage")}`}>
      {t("switchLanguage")}
    </button>
  );
}
