import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";
import { AuditTable } from "../../components/audit/AuditTable";

/** The platform's own log: clubs created, plans and statuses changed, features overridden, admins signing in. */
export function PlatformAuditPage() {
  const { t } = useTranslation("platform");
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeader title={tc("nav.platformAudit")} subtitle={t("audit.subtitle")} />
      <AuditTable path="/platform/audit" withTenant />
    </>
  );
}
