import { Alert, Button, Stack } from "@mui/material";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 480 }}>
      <Alert severity="info">{t("pageNotFound")}</Alert>
      <Button component={Link} to="/" variant="outlined">
        {t("home")}
      </Button>
    </Stack>
  );
}
