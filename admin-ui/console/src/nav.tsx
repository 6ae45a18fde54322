import DashboardIcon from "@mui/icons-material/SpaceDashboardOutlined";
import PeopleIcon from "@mui/icons-material/PeopleAltOutlined";
import UploadIcon from "@mui/icons-material/UploadFileOutlined";
import RuleIcon from "@mui/icons-material/TuneOutlined";
import SmsIcon from "@mui/icons-material/SmsOutlined";
import StoreIcon from "@mui/icons-material/StorefrontOutlined";
import BadgeIcon from "@mui/icons-material/BadgeOutlined";
import WorkspacesIcon from "@mui/icons-material/WorkspacePremiumOutlined";
import HistoryIcon from "@mui/icons-material/ManageSearchOutlined";
import DomainIcon from "@mui/icons-material/DomainOutlined";
import PaletteIcon from "@mui/icons-material/PaletteOutlined";
import type { ReactNode } from "react";

/**
 * The console's sections. A section appears only to a caller holding its permission; one whose
 * feature the club's plan lacks still appears, with a lock, so the operator learns what an upgrade gives.
 */
export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  permission: string;
  feature?: string;
  /** Platform admin sections; a club's staff never see them. */
  platform?: boolean;
}

export const NAV: NavItem[] = [
  { path: "/dashboard", label: "nav.dashboard", icon: <DashboardIcon />, permission: "dashboard-read", feature: "A1" },
  { path: "/members", label: "nav.members", icon: <PeopleIcon />, permission: "members-read" },
  { path: "/imports", label: "nav.imports", icon: <UploadIcon />, permission: "members-import" },
  { path: "/programme", label: "nav.programme", icon: <RuleIcon />, permission: "loyalty-configure", feature: "A3" },
  { path: "/messages", label: "nav.messages", icon: <SmsIcon />, permission: "messages-read", feature: "C1" },
  { path: "/branches", label: "nav.branches", icon: <StoreIcon />, permission: "branches-read" },
  { path: "/staff", label: "nav.staff", icon: <BadgeIcon />, permission: "staff-read", feature: "A6" },
  // Every plan sets the portal's name and logo; what only a dearer plan has is locked inside the page.
  { path: "/portal-look", label: "nav.portalLook", icon: <PaletteIcon />, permission: "portal-configure" },
  { path: "/plan", label: "nav.plan", icon: <WorkspacesIcon />, permission: "features-read" },
  { path: "/audit", label: "nav.audit", icon: <HistoryIcon />, permission: "audit-read", feature: "K1" },
  { path: "/platform/tenants", label: "nav.tenants", icon: <DomainIcon />, permission: "platform-tenants", platform: true },
  { path: "/platform/audit", label: "nav.platformAudit", icon: <HistoryIcon />, permission: "platform-audit", platform: true },
];
