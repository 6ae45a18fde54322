import { useEffect, useRef, useState } from "preact/hooks";
import { usePortal } from "../context";
import { ApiError } from "../lib/api";
import { digitsOnly } from "../lib/digits";
import { formatCode, formatNumber } from "../lib/format";
import { normalizeMobile } from "../lib/ids";
import { portal } from "../lib/portal";
import { ClubHeader, Field, Problem } from "../components/ui";
import { LanguageSwitch } from "../components/LanguageSwitch";

/**
 * Sign in by a one-time code: the mobile (any digits, any prefix, checked here as the console checks it),
 * then the code the SMS brings. The server answers 202 whether or not the number is a member's.
 */
export function LoginPage() {
  const { t, lang, tenant, club, signedIn } = usePortal();
  const [mobile, setMobile] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [codeLength, setCodeLength] = useState(6);
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<{ mobile?: string; code?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [resendAt, setResendAt] = useState(0);
  const [now, setNow] = useState(Date.now());
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (resendAt <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [resendAt]);

  useEffect(() => {
    if (sentTo) codeInput.current?.focus();
  }, [sentTo]);

  async function requestCode(e?: Event) {
    e?.preventDefault();
    const normal = normalizeMobile(sentTo ?? mobile);
    if (!normal) {
      setFieldError({ mobile: t("mobileInvalid") });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError({});
    try {
      const answer = await portal.requestCode(tenant!, normal);
      setCodeLength(answer?.codeLength ?? 6);
      setSentTo(normal);
      setCode("");
      setResendAt(Date.now() + Math.min(answer?.expiresIn ?? 120, 120) * 1000);
      setNow(Date.now());
    } catch (err) {
      if (err instanceof ApiError && err.fieldError("mobile")) setFieldError({ mobile: err.fieldError("mobile") });
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function submitCode(e: Event) {
    e.preventDefault();
    const digits = digitsOnly(code);
    if (digits.length !== codeLength) {
      setFieldError({ code: t("codeInvalid", { length: formatNumber(codeLength, lang) }) });
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError({});
    try {
      signedIn(await portal.signIn(tenant!, sentTo!, digits));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setFieldError({ code: t("codeWrong") });
      else if (err instanceof ApiError && err.errors.length) setFieldError({ code: err.fieldError("code"), mobile: err.fieldError("mobile") });
      else setError(err);
      setBusy(false);
    }
  }

  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000));
  return (
    <main class="page login" id="main">
      <div class="login-top">
        <ClubHeader name={club?.name ?? t("appName")} logoUrl={club?.logoUrl ?? null} />
        <LanguageSwitch />
      </div>
      <h1>{t("loginTitle")}</h1>
      <Problem error={error} />
      {!sentTo ? (
        <form onSubmit={requestCode} noValidate data-testid="otp-request">
          <p class="muted">{t("loginHint")}</p>
          <Field
            name="mobile"
            label={t("mobile")}
            value={mobile}
            onValue={(v) => {
              setMobile(v);
              setFieldError({});
            }}
            error={fieldError.mobile}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            placeholder={t("mobilePlaceholder")}
            required
          />
          <button class="primary" type="submit" disabled={busy} data-testid="send-code">
            {t("sendCode")}
          </button>
        </form>
      ) : (
        <form onSubmit={submitCode} noValidate data-testid="otp-verify">
          <p class="muted" data-testid="code-sent">
            {t("codeSent", { length: formatNumber(codeLength, lang), mobile: formatCode(sentTo, lang) })}
          </p>
          <Field
            name="code"
            label={t("code")}
            value={code}
            onValue={(v) => {
              setCode(v);
              setFieldError({});
            }}
            error={fieldError.code}
            inputRef={codeInput}
            inputMode="numeric"
            autoComplete="one-time-code"
            dir="ltr"
            class="code-input"
            maxLength={codeLength + 4}
            required
          />
          <button class="primary" type="submit" disabled={busy} data-testid="sign-in">
            {t("signIn")}
          </button>
          <div class="row-between">
            <button type="button" class="link" disabled={busy || wait > 0} onClick={() => requestCode()} data-testid="resend">
              {wait > 0 ? t("resendIn", { seconds: formatNumber(wait, lang) }) : t("resend")}
            </button>
            <button type="button" class="link" onClick={() => (setSentTo(null), setFieldError({}), setError(null))}>
              {t("changeMobile")}
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
