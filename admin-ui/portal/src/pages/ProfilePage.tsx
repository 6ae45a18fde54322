import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { ApiError } from "../lib/api";
import { formatCode } from "../lib/format";
import { keepMe } from "../lib/offline";
import { portal } from "../lib/portal";
import { checkProfile, formOf, type ProfileForm } from "../lib/profile";
import type { Consents, Me } from "../lib/types";
import { Field, Loading, Notice, Problem } from "../components/ui";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { PushSwitch } from "../components/PushSwitch";

const TEHRAN_TODAY = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tehran" }).format(new Date());

/** What a member may change of himself, the messages he wants, notifications on this phone, sign out. */
export function ProfilePage() {
  const { t, tenant, signOut } = usePortal();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    portal.me().then(setMe, setError);
  }, []);
  return (
    <>
      <div class="login-top">
        <h1>{t("profileTitle")}</h1>
        <LanguageSwitch />
      </div>
      {!me ? error ? <Problem error={error} /> : <Loading /> : <ProfileEditor me={me} onSaved={(m) => (setMe(m), keepMe(tenant!, m))} />}
      {me && <ConsentsEditor initial={me.consents} />}
      <PushSwitch />
      <button type="button" class="secondary wide danger" onClick={signOut} data-testid="sign-out">
        {t("signOut")}
      </button>
    </>
  );
}

function ProfileEditor({ me, onSaved }: { me: Me; onSaved(me: Me): void }) {
  const { t, lang } = usePortal();
  const [form, setForm] = useState<ProfileForm>(() => formOf(me, lang));
  const [errors, setErrors] = useState<Partial<Record<keyof ProfileForm, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: keyof ProfileForm) => (value: string) => {
    setForm((f) => ({ ...f, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
    setNotice(null);
  };
  // a field is checked when the member leaves it, as the console does
  const blur = (name: keyof ProfileForm) => () => {
    const found = checkProfile(form, me, TEHRAN_TODAY()).errors[name];
    setErrors((e) => ({ ...e, [name]: found ? t(found) : undefined }));
  };

  async function save(e: Event) {
    e.preventDefault();
    setProblem(null);
    setNotice(null);
    const checked = checkProfile(form, me, TEHRAN_TODAY());
    const local = Object.fromEntries(Object.entries(checked.errors).map(([k, key]) => [k, t(key)]));
    setErrors(local);
    if (Object.keys(local).length) {
      setProblem(new ApiError(422, "validation-failed", t("fixErrors"), t("fixErrors"), []));
      return;
    }
    if (!Object.keys(checked.edit).length) {
      setNotice(t("nothingChanged"));
      return;
    }
    setBusy(true);
    try {
      const saved = await portal.updateMe(checked.edit);
      onSaved(saved);
      setForm(formOf(saved, lang));
      setNotice(t("saved"));
    } catch (err) {
      if (err instanceof ApiError && err.errors.length) {
        const names = Object.keys(form) as (keyof ProfileForm)[];
        setErrors(Object.fromEntries(names.map((n) => [n, err.fieldError(n)]).filter(([, m]) => m)));
      }
      setProblem(err);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof ProfileForm, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={t(name)} value={form[name]} onValue={set(name)} onBlur={blur(name)} error={errors[name]} {...extra} />
  );
  return (
    <form class="card form" onSubmit={save} noValidate data-testid="profile-form">
      <Problem error={problem} testId="profile-problem" />
      {notice && <Notice testId="profile-notice">{notice}</Notice>}
      {field("firstName", { autoComplete: "given-name" })}
      {field("lastName", { autoComplete: "family-name" })}
      <div class="field">
        <label for="f-mobile">{t("mobile")}</label>
        <input id="f-mobile" value={formatCode(me.profile.mobile, lang)} readOnly dir="ltr" aria-describedby="mobile-hint" data-testid="field-mobile" />
        <p class="hint" id="mobile-hint">
          {t("mobileReadOnly")}
        </p>
      </div>
      {field("email", { type: "email", inputMode: "email", autoComplete: "email", dir: "ltr" })}
      {field("birthDate", { inputMode: "numeric", dir: "ltr", hint: t("birthDateHint"), placeholder: lang === "fa" ? "۱۳۷۰/۰۶/۱۵" : "1370/06/15" })}
      {field("nationalCode", { inputMode: "numeric", dir: "ltr", maxLength: 12 })}
      {field("city", { autoComplete: "address-level2" })}
      <button class="primary" type="submit" disabled={busy} data-testid="profile-save">
        {t("save")}
      </button>
    </form>
  );
}

function ConsentsEditor({ initial }: { initial: Consents }) {
  const { t } = usePortal();
  const [consents, setConsents] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function toggle(channel: keyof Consents, on: boolean) {
    const wanted = { ...consents, [channel]: on };
    setConsents(wanted);
    setSaved(false);
    setError(null);
    try {
      setConsents(await portal.consents(wanted));
      setSaved(true);
    } catch (e) {
      setConsents(consents);
      setError(e);
    }
  }
  return (
    <fieldset class="card consents" data-testid="consents">
      <legend>{t("consentsTitle")}</legend>
      {(["sms", "email", "push"] as const).map((c) => (
        <label key={c} class="switch">
          <input type="checkbox" role="switch" checked={consents[c]} onChange={(e) => toggle(c, (e.currentTarget as HTMLInputElement).checked)} data-testid={`consent-${c}`} />
          <span>{t(`consent_${c}`)}</span>
        </label>
      ))}
      {saved && <p class="hint" role="status">{t("consentsSaved")}</p>}
      <Problem error={error} />
    </fieldset>
  );
}
