import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";

export function DashboardPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("nav.dashboard")} />;
}
