import { Box, Typography } from "@mui/material";
import { useTranslation } from "react-i18next";
import { inkOn, pastel } from "./branding";
import type { Template } from "./queries";

export interface PreviewLook {
  name: string;
  logoUrl: string | null;
  /** Both `#rrggbb`: the page passes the typed colour when it is one, else the saved one. */
  primary: string;
  background: string;
  template: Template;
}

/** Each template's shapes, as the portal draws them: standard rounded cards, soft pills and pastel, bold a dark header and firm lines. */
function shapes(template: Template, primary: string) {
  switch (template) {
    case "soft":
      return { header: null, card: 24, button: 999, weight: 600, main: { bg: pastel(primary, 0.22), ink: "#1f2933" }, other: pastel(primary, 0.1) };
    case "bold":
      return { header: "#15171c", card: 4, button: 4, weight: 800, main: { bg: primary, ink: inkOn(primary) }, other: "#ffffff" };
    default:
      return { header: null, card: 12, button: 10, weight: 700, main: { bg: primary, ink: inkOn(primary) }, other: "#ffffff" };
  }
}

/**
 * A phone-sized mock of the portal's home page (header with the logo and name, a greeting, the points
 * card, the credit card, the main button) in the colours and the template typed, before they are saved.
 */
export function PortalPreview({ look }: { look: PreviewLook }) {
  const { t } = useTranslation("portal");
  const { name, logoUrl, primary, background, template } = look;
  const s = shapes(template, primary);
  const text = inkOn(background);
  const headerInk = s.header ? "#ffffff" : text;
  return (
    <Box
      role="img"
      aria-label={`${t("preview.label")}: ${name}`}
      data-testid="portal-preview"
      data-template={template}
      data-primary={primary}
      data-background={background}
      sx={{
        width: 300,
        maxWidth: "100%",
        height: 560,
        mx: "auto",
        borderRadius: "36px",
        border: "10px solid #1d1f24",
        boxShadow: 4,
        overflow: "hidden",
        bgcolor: background,
        color: text,
        display: "flex",
        flexDirection: "column",
      }}
    >
      <Box aria-hidden sx={{ height: 18, bgcolor: s.header ?? background, display: "grid", placeItems: "center" }}>
        <Box sx={{ width: 70, height: 5, borderRadius: 3, bgcolor: s.header ? "#3a3d45" : "rgba(0,0,0,0.15)" }} />
      </Box>
      <Box
        data-testid="preview-header"
        sx={{ display: "flex", alignItems: "center", gap: 1.25, px: 2, py: 1.5, bgcolor: s.header ?? "transparent", color: headerInk, borderBottom: s.header ? "none" : "1px solid rgba(0,0,0,0.08)" }}
      >
        {logoUrl ? (
          <Box component="img" src={logoUrl} alt="" data-testid="preview-logo" sx={{ width: 36, height: 36, objectFit: "contain", borderRadius: template === "soft" ? "50%" : 1, bgcolor: "#fff" }} />
        ) : (
          <Box data-testid="preview-letter" sx={{ width: 36, height: 36, borderRadius: template === "soft" ? "50%" : 1, display: "grid", placeItems: "center", bgcolor: primary, color: inkOn(primary), fontWeight: 700 }}>
            {name.trim().charAt(0)}
          </Box>
        )}
        <Typography component="span" sx={{ fontWeight: s.weight, fontSize: 16, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }} data-testid="preview-name">
          {name}
        </Typography>
      </Box>
      <Box sx={{ p: 2, display: "flex", flexDirection: "column", gap: 1.5, flex: 1 }}>
        <Typography sx={{ fontWeight: s.weight, fontSize: 18 }}>{t("preview.hello")}</Typography>
        <Box data-testid="preview-card" sx={{ borderRadius: `${s.card}px`, p: 2, bgcolor: s.main.bg, color: s.main.ink, border: template === "bold" ? "2px solid #15171c" : "none" }}>
          <Typography sx={{ fontSize: 13, opacity: 0.85 }}>{t("preview.points")}</Typography>
          <Typography sx={{ fontSize: template === "bold" ? 30 : 26, fontWeight: s.weight }}>{t("preview.pointsValue")}</Typography>
          <Typography sx={{ fontSize: 12, opacity: 0.85 }}>{t("preview.level")}</Typography>
        </Box>
        <Box sx={{ borderRadius: `${s.card}px`, p: 1.5, bgcolor: s.other, color: "#1f2933", border: template === "bold" ? "2px solid #15171c" : "1px solid rgba(0,0,0,0.08)" }}>
          <Typography sx={{ fontSize: 13, opacity: 0.8 }}>{t("preview.credit")}</Typography>
          <Typography sx={{ fontWeight: s.weight }}>{t("preview.creditValue")}</Typography>
        </Box>
        <Box
          data-testid="preview-button"
          sx={{ mt: "auto", borderRadius: `${s.button}px`, py: 1.25, textAlign: "center", bgcolor: primary, color: inkOn(primary), fontWeight: s.weight, letterSpacing: template === "bold" ? 0.5 : 0 }}
        >
          {t("preview.button")}
        </Box>
      </Box>
    </Box>
  );
}
