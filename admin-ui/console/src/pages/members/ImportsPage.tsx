import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";

export function ImportsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("nav.imports")} />;
}
