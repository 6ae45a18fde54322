import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";

export function MembersPage() {
  const { t } = useTranslation();
  return <PageHeader title={t("nav.members")} />;
}
