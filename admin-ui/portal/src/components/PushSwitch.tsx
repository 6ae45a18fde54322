import { useEffect, useState } from "preact/hooks";
import { usePortal } from "../context";
import { portal } from "../lib/portal";
import { vapidKeyBytes } from "../lib/pwa";
import { Problem } from "./ui";

type State = "unsupported" | "off" | "on" | "denied";

/**
 * Web push on this phone: subscribes with the platform's VAPID key through the club's service worker and
 * gives the server the subscription (or takes it back). Shown only when the club's plan has push.
 */
export function PushSwitch() {
  const { t, club, tenant } = usePortal();
  const [state, setState] = useState<State>("off");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

  useEffect(() => {
    if (!supported) return setState("unsupported");
    if (Notification.permission === "denied") return setState("denied");
    navigator.serviceWorker.getRegistration(`/p/${tenant}/`).then((r) => r?.pushManager.getSubscription()).then((s) => setState(s ? "on" : "off"), () => {});
  }, [supported, tenant]);

  if (!club?.pushAvailable) return null;

  async function turnOn() {
    setBusy(true);
    setError(null);
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const registration = await navigator.serviceWorker.ready;
      const { publicKey } = await portal.pushKey();
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: vapidKeyBytes(publicKey) });
      await portal.subscribe(subscription.toJSON());
      setState("on");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError(null);
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        await portal.unsubscribe(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setState("off");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" data-testid="push" data-state={state}>
      <h2>{t("pushTitle")}</h2>
      {state === "unsupported" && <p class="muted">{t("pushUnsupported")}</p>}
      {state === "denied" && <p class="muted">{t("pushDenied")}</p>}
      {state === "on" && <p>{t("pushEnabled")}</p>}
      {state === "off" && (
        <button type="button" class="primary" disabled={busy} onClick={turnOn} data-testid="push-on">
          {t("pushOn")}
        </button>
      )}
      {state === "on" && (
        <button type="button" class="secondary" disabled={busy} onClick={turnOff} data-testid="push-off">
          {t("pushOff")}
        </button>
      )}
      <Problem error={error} />
    </section>
  );
}
