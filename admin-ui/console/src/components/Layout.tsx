import {
  AppBar,
  Avatar,
  Box,
  Chip,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from "@mui/material";
import MenuIcon from "@mui/icons-material/Menu";
import TranslateIcon from "@mui/icons-material/Translate";
import LockIcon from "@mui/icons-material/LockOutlined";
import { useState } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { NAV } from "../nav";
import { useSession } from "../lib/session";
import { openAfresh } from "../lib/reload";
import { useLanguageSwitch } from "./LanguageSwitch";

const WIDTH = 248;

export function Layout() {
  const { t } = useTranslation();
  const theme = useTheme();
  // A tablet at the till in portrait is narrower than md: the menu folds into a drawer.
  const wide = useMediaQuery(theme.breakpoints.up("md"));
  const [open, setOpen] = useState(false);
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const switchLanguage = useLanguageSwitch();

  const items = NAV.filter((n) => (session.isPlatformAdmin ? n.platform : !n.platform) && session.may(n.permission));

  const drawer = (
    <Box sx={{ display: "flex", flexDirection: "column", height: "100%" }}>
      <Toolbar sx={{ gap: 1.5 }}>
        <Avatar sx={{ bgcolor: "primary.main", width: 36, height: 36, fontWeight: 700 }}>{t("appName").charAt(0)}</Avatar>
        <Box>
          <Typography sx={{ fontWeight: 700, lineHeight: 1.2 }}>{t("appName")}</Typography>
          <Typography variant="caption" color="text.secondary">
            {session.me?.tenant ?? t("roles.platform-admin")}
          </Typography>
        </Box>
      </Toolbar>
      <Divider />
      <List component="nav" sx={{ px: 1, flex: 1 }}>
        {items.map((item) => {
          const locked = item.feature && !session.isPlatformAdmin && !session.has(item.feature);
          return (
            <ListItemButton
              key={item.path}
              component={NavLink}
              to={item.path}
              onClick={() => setOpen(false)}
              selected={location.pathname.startsWith(item.path)}
              sx={{ borderRadius: 2, mb: 0.5 }}
              data-testid={`nav-${item.path.replaceAll("/", "-").slice(1)}`}
            >
              <ListItemIcon sx={{ minWidth: 40 }}>{item.icon}</ListItemIcon>
              <ListItemText primary={t(item.label)} />
              {locked && (
                <Tooltip title={t("locked.title")}>
                  <LockIcon fontSize="small" color="warning" data-testid={`nav-locked-${item.feature}`} />
                </Tooltip>
              )}
            </ListItemButton>
          );
        })}
      </List>
      {session.me?.plan && (
        <Box sx={{ p: 2 }}>
          <Chip label={t(`plans.${session.me.plan}`)} color="primary" variant="outlined" size="small" data-testid="plan-chip" />
        </Box>
      )}
    </Box>
  );

  return (
    <Box sx={{ display: "flex", minHeight: "100vh" }}>
      <AppBar position="fixed" color="inherit" sx={{ zIndex: (th) => th.zIndex.drawer + 1, borderBottom: "1px solid #e3e8e6", bgcolor: "background.paper" }} elevation={0}>
        <Toolbar>
          {!wide && (
            <IconButton edge="start" onClick={() => setOpen(true)} aria-label="menu" sx={{ me: 1 }}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" sx={{ flex: 1, fontWeight: 700, color: "primary.main" }}>
            {t("appName")} <Typography component="span" variant="body2" color="text.secondary">· {t("appTagline")}</Typography>
          </Typography>
          <Tooltip title={t("language")}>
            <IconButton onClick={switchLanguage} aria-label={t("language")} data-testid="language-switch">
              <TranslateIcon />
            </IconButton>
          </Tooltip>
          <IconButton onClick={(e) => setMenu(e.currentTarget)} data-testid="account-menu" aria-label={t("profile")}>
            <Avatar sx={{ width: 32, height: 32, fontSize: 14 }}>{session.me?.username?.charAt(0).toUpperCase()}</Avatar>
          </IconButton>
          <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
            <MenuItem disabled>
              {session.me?.username} · {t(`roles.${session.me?.role}`)}
            </MenuItem>
            <MenuItem
              onClick={() => {
                setMenu(null);
                navigate("/profile");
              }}
            >
              {t("profile")}
            </MenuItem>
            <MenuItem
              data-testid="sign-out"
              onClick={async () => {
                setMenu(null);
                // The server ends the session first (its token stops working everywhere at once).
                await session.signOut();
                // A fresh page: nothing of this session is left for the next person at this tablet.
                openAfresh("/login");
              }}
            >
              {t("signOut")}
            </MenuItem>
          </Menu>
        </Toolbar>
      </AppBar>
      <Box component="nav" sx={{ width: { md: WIDTH }, flexShrink: { md: 0 } }}>
        {wide ? (
          <Drawer variant="permanent" open sx={{ "& .MuiDrawer-paper": { width: WIDTH, boxSizing: "border-box" } }}>
            {drawer}
          </Drawer>
        ) : (
          <Drawer variant="temporary" open={open} onClose={() => setOpen(false)} ModalProps={{ keepMounted: true }} sx={{ "& .MuiDrawer-paper": { width: WIDTH } }}>
            {drawer}
          </Drawer>
        )}
      </Box>
      <Box component="main" sx={{ flex: 1, minWidth: 0, p: { xs: 2, sm: 3 } }}>
        <Toolbar />
        <Outlet />
      </Box>
    </Box>
  );
}
