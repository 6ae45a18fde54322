import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  IconButton,
  InputAdornment,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from "@mui/material";
import CasinoIcon from "@mui/icons-material/CasinoOutlined";
import VisibilityIcon from "@mui/icons-material/VisibilityOutlined";
import VisibilityOffIcon from "@mui/icons-material/VisibilityOffOutlined";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../lib/api";
import { useSession } from "../../lib/session";
import { normalizeMobile } from "../../lib/validation";
import { ProblemAlert } from "../../components/ProblemAlert";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import type { Branch } from "./BranchesPage";
import { asCode, generatePassword, passwordProblem, USERNAME } from "./rules";
import { branchRole, grantableRoles } from "./roles";
import type { StaffMember } from "./queries";

// The staff page's dialogs: a new account or a change of one, and a new password set for someone.

/** A password field with show/hide and a "generate" button; the rule's problem shown beside it. */
function PasswordField({ label, value, onChange, touched, server, testId }: { label: string; value: string; onChange: (v: string) => void; touched: boolean; server?: string; testId: string }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [shown, setShown] = useState(false);
  const problem = value ? passwordProblem(value) : touched ? "required" : null;
  const message =
    problem === "required" ? tc("required") : problem === "short" ? t("staff.passwordShort") : problem === "long" ? t("staff.passwordLong") : problem === "mix" ? t("staff.passwordMix") : null;
  return (
    <TextField
      label={label}
      value={value}
      type={shown ? "text" : "password"}
      onChange={(e) => onChange(e.target.value)}
      error={!!message || !!server}
      helperText={message ?? server ?? t("staff.passwordHelp")}
      autoComplete="new-password"
      name="password"
      data-testid={testId}
      slotProps={{
        htmlInput: { dir: "ltr", spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Tooltip title={shown ? t("staff.hide") : t("staff.show")}>
                <IconButton size="small" onClick={() => setShown((s) => !s)} aria-label={shown ? t("staff.hide") : t("staff.show")}>
                  {shown ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
                </IconButton>
              </Tooltip>
              <Tooltip title={t("staff.generate")}>
                <IconButton
                  size="small"
                  onClick={() => {
                    onChange(generatePassword());
                    setShown(true);
                  }}
                  aria-label={t("staff.generate")}
                  data-testid={`${testId}-generate`}
                >
                  <CasinoIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

interface StaffForm {
  username: string;
  password: string;
  role: string;
  branch: string;
  mobile: string;
  active: boolean;
}

/** What a create sends (ManageStaff.NewStaff): no branch for a role without one, the mobile normalised. */
export function newStaffBody(f: StaffForm) {
  return {
    username: f.username,
    password: f.password,
    role: f.role,
    branch: branchRole(f.role) && f.branch ? f.branch : null,
    mobile: f.mobile.trim() ? normalizeMobile(f.mobile) : null,
  };
}

/** What an edit sends (ManageStaff.StaffChange): only what changed, so the audit shows just that. */
export function staffChangeBody(before: StaffMember, f: StaffForm) {
  const body: { role?: string; branch?: string; active?: boolean } = {};
  if (f.role !== before.role) body.role = f.role;
  if (branchRole(f.role) && f.branch && f.branch !== (before.branch ?? "")) body.branch = f.branch;
  if (f.active !== before.active) body.active = f.active;
  return body;
}

export function StaffDialog({
  open,
  editing: editingNow,
  branches,
  onClose,
  onSaved,
}: {
  open: boolean;
  editing: StaffMember | null;
  branches: Branch[];
  onClose: () => void;
  onSaved: (s: StaffMember, created: boolean) => void;
}) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  // While the dialog fades out the page has already forgotten whom it edited; it keeps showing him.
  const last = useRef(editingNow);
  if (open) last.current = editingNow;
  const editing = open ? editingNow : last.current;
  const [form, setForm] = useState<StaffForm>({ username: "", password: "", role: "cashier", branch: "", mobile: "", active: true });
  const [touched, setTouched] = useState(false);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      editing
        ? api<StaffMember>(`/staff/${encodeURIComponent(editing.username)}`, { method: "PATCH", body: staffChangeBody(editing, form) })
        : api<StaffMember>("/staff", { body: newStaffBody(form) }),
    onSuccess: (saved) => {
      client.setQueryData<StaffMember[]>(["staff"], (old) => (old ? (editing ? old.map((s) => (s.username === saved.username ? saved : s)) : [...old, saved]) : old));
      void client.invalidateQueries({ queryKey: ["staff"] });
      onSaved(saved, !editing);
    },
  });

  useEffect(() => {
    if (!open) return;
    setForm(
      editing
        ? { username: editing.username, password: "", role: editing.role, branch: editing.branch ?? "", mobile: editing.mobile ?? "", active: editing.active }
        : { username: "", password: "", role: "cashier", branch: session.me?.branch ?? "", mobile: "", active: true },
    );
    setTouched(false);
    setConfirmDeactivate(false);
    save.reset();
    // Only when the dialog opens; the form is the operator's from then on.
  }, [open, editing]);

  const set = <K extends keyof StaffForm>(k: K, v: StaffForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const server = save.error instanceof ApiError ? save.error : null;
  const needs = branchRole(form.role);
  const roles = grantableRoles(session.me?.role);
  // A role the caller cannot give stays listed (disabled) when it is the account's current one.
  const roleOptions = editing && !roles.includes(editing.role as never) ? [...roles, editing.role] : roles;

  const usernameError = !editing && (form.username ? (!USERNAME.test(form.username) ? t("staff.usernameInvalid") : null) : touched ? tc("required") : null);
  const branchError = needs === "required" && !form.branch && touched ? t("staff.branchRequired") : null;
  const mobileError = form.mobile.trim() && !normalizeMobile(form.mobile) ? t("staff.mobileInvalid") : null;
  const passwordOk = !!editing || passwordProblem(form.password) === null;
  // A cashier's branch cannot be taken away by PATCH /staff (null keeps it; an empty one would lock him out).
  const branchClearable = !editing || !editing.branch || form.role !== "cashier" || editing.role !== "cashier";
  const valid = (editing || USERNAME.test(form.username)) && passwordOk && !(needs === "required" && !form.branch) && !mobileError;
  const unchanged = !!editing && Object.keys(staffChangeBody(editing, form)).length === 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!valid || unchanged) return;
    if (editing && editing.active && !form.active) setConfirmDeactivate(true);
    else save.mutate();
  };

  return (
    <Dialog open={open} onClose={save.isPending ? undefined : onClose} maxWidth="sm" fullWidth data-testid="staff-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{editing ? t("staff.editTitle", { username: editing.username }) : t("staff.createTitle")}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {!editing && (
              <>
                <TextField
                  label={t("staff.username")}
                  value={form.username}
                  onChange={(e) => set("username", asCode(e.target.value))}
                  error={!!usernameError || !!server?.fieldError("username")}
                  helperText={usernameError ?? server?.fieldError("username") ?? t("staff.usernameHelp")}
                  name="username"
                  autoComplete="off"
                  autoFocus
                  data-testid="staff-username"
                  slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false, maxLength: 40 } }}
                />
                <PasswordField label={t("staff.password")} value={form.password} onChange={(v) => set("password", v)} touched={touched} server={server?.fieldError("password")} testId="staff-password" />
              </>
            )}
            <TextField
              select
              label={t("staff.role")}
              value={form.role}
              onChange={(e) => set("role", e.target.value)}
              error={!!server?.fieldError("role")}
              helperText={server?.fieldError("role") ?? t(`roles.summary.${form.role}`, { defaultValue: "" })}
              name="role"
              data-testid="staff-role"
            >
              {roleOptions.map((r) => (
                <MenuItem key={r} value={r} disabled={!roles.includes(r as never)} data-testid={`staff-role-option-${r}`}>
                  {tc(`roles.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            {needs && (
              <TextField
                select
                label={t("staff.branch")}
                value={form.branch}
                onChange={(e) => set("branch", e.target.value)}
                disabled={!!session.me?.branch}
                error={!!branchError || !!server?.fieldError("branch")}
                helperText={branchError ?? server?.fieldError("branch") ?? (needs === "required" ? t("staff.branchHelpManager") : t("staff.branchHelpCashier"))}
                name="branch"
                data-testid="staff-branch"
              >
                {needs === "optional" && (
                  <MenuItem value="" disabled={!branchClearable} data-testid="staff-branch-option-none">
                    {t("staff.branchNone")}
                  </MenuItem>
                )}
                {branches.map((b) => (
                  <MenuItem key={b.code} value={b.code} data-testid={`staff-branch-option-${b.code}`}>
                    {b.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {!editing && (
              <TextField
                label={t("staff.mobile")}
                value={form.mobile}
                onChange={(e) => set("mobile", e.target.value)}
                error={!!mobileError || !!server?.fieldError("mobile")}
                helperText={mobileError ?? server?.fieldError("mobile") ?? " "}
                name="mobile"
                inputMode="tel"
                data-testid="staff-mobile"
                slotProps={{ htmlInput: { dir: "ltr" } }}
              />
            )}
            {editing && (
              <FormControlLabel
                control={<Switch checked={form.active} onChange={(e) => set("active", e.target.checked)} data-testid="staff-active" />}
                label={
                  <Box>
                    <Typography>{form.active ? t("staff.active") : t("staff.inactive")}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {t("staff.activeHelp")}
                    </Typography>
                  </Box>
                }
              />
            )}
            {server && server.errors.length === 0 && <ProblemAlert error={server} />}
            {save.error && !(save.error instanceof ApiError) && <ProblemAlert error={save.error} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={save.isPending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant="contained" disabled={save.isPending || unchanged} data-testid="staff-save" startIcon={save.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}>
            {editing ? tc("save") : tc("create")}
          </Button>
        </DialogActions>
      </form>
      <ConfirmDialog
        open={confirmDeactivate}
        title={t("staff.deactivateTitle", { username: editing?.username ?? "" })}
        text={t("staff.deactivateText")}
        confirmLabel={t("staff.deactivateConfirm")}
        onClose={() => setConfirmDeactivate(false)}
        onConfirm={() => {
          setConfirmDeactivate(false);
          save.mutate();
        }}
        testId="staff-deactivate-confirm"
      />
    </Dialog>
  );
}

export function ResetPasswordDialog({ member, onClose, onDone }: { member: StaffMember | null; onClose: () => void; onDone: (s: StaffMember) => void }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [password, setPassword] = useState("");
  const [touched, setTouched] = useState(false);
  const reset = useMutation({
    mutationFn: (m: StaffMember) => api<StaffMember>(`/staff/${encodeURIComponent(m.username)}`, { method: "PATCH", body: { password } }),
    onSuccess: onDone,
  });
  useEffect(() => {
    if (member) {
      setPassword("");
      setTouched(false);
      reset.reset();
    }
  }, [member]);
  const server = reset.error instanceof ApiError ? reset.error : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (member && passwordProblem(password) === null) reset.mutate(member);
  };
  return (
    <Dialog open={!!member} onClose={reset.isPending ? undefined : onClose} maxWidth="sm" fullWidth data-testid="staff-reset-dialog">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t("staff.resetTitle", { username: member?.username ?? "" })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t("staff.resetText")}</DialogContentText>
          <PasswordField label={t("staff.resetNew")} value={password} onChange={setPassword} touched={touched} server={server?.fieldError("password")} testId="staff-reset-password" />
          {server && !server.fieldError("password") && <ProblemAlert error={server} />}
          {reset.error && !(reset.error instanceof ApiError) && <ProblemAlert error={reset.error} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={reset.isPending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" variant="contained" color="warning" disabled={reset.isPending} data-testid="staff-reset-confirm">
            {t("staff.resetConfirm")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
