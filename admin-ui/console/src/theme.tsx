import { useMemo, type ReactNode } from "react";
import createCache from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import { prefixer } from "stylis";
import rtlPlugin from "stylis-plugin-rtl";
import { createTheme, CssBaseline, ThemeProvider } from "@mui/material";
import { faIR as coreFa, enUS as coreEn } from "@mui/material/locale";
import { faIR as gridFa, enUS as gridEn } from "@mui/x-data-grid/locales";
import { faIR as pickersFa, enUS as pickersEn } from "@mui/x-date-pickers/locales";
import { LocalizationProvider } from "@mui/x-date-pickers/LocalizationProvider";
import { AdapterDateFnsJalali } from "@mui/x-date-pickers/AdapterDateFnsJalali";
import { faIR as jalaliFa } from "date-fns-jalali/locale";
import "@fontsource/vazirmatn/400.css";
import "@fontsource/vazirmatn/500.css";
import "@fontsource/vazirmatn/700.css";
import type { Lang } from "./lib/format";

// Emotion mirrors every left/right of the components' styles for Persian (stylis-plugin-rtl), which
// is what MUI's RTL guide prescribes; each direction gets its own cache so switching never mixes them.
const rtlCache = createCache({ key: "mui-rtl", stylisPlugins: [prefixer, rtlPlugin] });
const ltrCache = createCache({ key: "mui-ltr", stylisPlugins: [prefixer] });

export function ConsoleTheme({ lang, children }: { lang: Lang; children: ReactNode }) {
  const theme = useMemo(
    () =>
      createTheme(
        {
          direction: lang === "fa" ? "rtl" : "ltr",
          palette: {
            primary: { main: "#0b5e55" },
            secondary: { main: "#c2671b" },
            background: { default: "#f4f6f5" },
          },
          shape: { borderRadius: 10 },
          typography: { fontFamily: "Vazirmatn, Tahoma, sans-serif", button: { textTransform: "none", fontWeight: 500 } },
          components: {
            MuiButton: { defaultProps: { disableElevation: true } },
            MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { root: { border: "1px solid #e3e8e6" } } },
            MuiTextField: { defaultProps: { size: "small", fullWidth: true } },
            MuiAppBar: { styleOverrides: { root: { border: "none" } } },
          },
        },
        lang === "fa" ? coreFa : coreEn,
        lang === "fa" ? gridFa : gridEn,
        lang === "fa" ? pickersFa : pickersEn,
      ),
    [lang],
  );
  return (
    <CacheProvider value={lang === "fa" ? rtlCache : ltrCache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {/* Jalali pickers in both languages: dates in Iran are Jalali whatever the screen's language. */}
        <LocalizationProvider dateAdapter={AdapterDateFnsJalali} adapterLocale={jalaliFa}>
          {children}
        </LocalizationProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}
