import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";

export function ProgrammePage() {
  const { t } = useTranslation();
  return <PageHeader title={t("nav.programme")} />;
}
