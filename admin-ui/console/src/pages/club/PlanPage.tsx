import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";

export function PlanPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("nav.plan")} />;
}
