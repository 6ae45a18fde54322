import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";
import { FeatureGate } from "../../components/Guards";
import { AuditTable } from "../../components/audit/AuditTable";

/** The club's own audit log (K1, Standard and up): who did what, when, with before and after. */
export function AuditPage() {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeader title={tc("nav.audit")} subtitle={t("audit.subtitle")} />
      <FeatureGate feature="K1" title={t("features.K1")}>
        <AuditTable path="/audit" linkMembers />
      </FeatureGate>
    </>
  );
}
