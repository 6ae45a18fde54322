import { useEffect, useRef, useState } from "react";
import { Box, FormControlLabel, IconButton, InputAdornment, MenuItem, Switch, Tooltip, Typography } from "@mui/material";
import CasinoIcon from "@mui/icons-material/CasinoOutlined";
import VisibilityIcon from "@mui/icons-material/VisibilityOutlined";
import VisibilityOffIcon from "@mui/icons-material/VisibilityOffOutlined";
import { useTranslation } from "react-i18next";
import { useSession } from "../../lib/session";
import { normalizeMobile } from "../../lib/validation";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormDialog, FormField } from "../../components/FormDialog";
import { asCode, generatePassword, passwordProblem, USERNAME } from "./rules";
import { useRoleRules, type RoleRules } from "./roles";
import { useResetStaffPassword, useSaveStaff, type Branch, type StaffMember } from "./queries";

// The staff page's dialogs: a new account or a change of one, and a new password set for someone.

/** A password field with show/hide and a "generate" button; the rule's problem shown beside it. */
function PasswordField({ label, value, onChange, touched, testId }: { label: string; value: string; onChange: (v: string) => void; touched: boolean; testId: string }) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const [shown, setShown] = useState(false);
  const problem = value ? passwordProblem(value) : touched ? "required" : null;
  const message =
    problem === "required" ? tc("required") : problem === "short" ? t("staff.passwordShort") : problem === "long" ? t("staff.passwordLong") : problem === "mix" ? t("staff.passwordMix") : null;
  return (
    <FormField
      label={label}
      value={value}
      type={shown ? "text" : "password"}
      onChange={(e) => onChange(e.target.value)}
      problem={message}
      help={t("staff.passwordHelp")}
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
export function newStaffBody(f: StaffForm, roles: RoleRules) {
  return {
    username: f.username,
    password: f.password,
    role: f.role,
    branch: roles.branchRole(f.role) && f.branch ? f.branch : null,
    mobile: f.mobile.trim() ? normalizeMobile(f.mobile) : null,
  };
}

/** What an edit sends (ManageStaff.StaffChange): only what changed, so the audit shows just that. */
export function staffChangeBody(before: StaffMember, f: StaffForm, roles: RoleRules) {
  const body: { role?: string; branch?: string; active?: boolean } = {};
  if (f.role !== before.role) body.role = f.role;
  if (roles.branchRole(f.role) && f.branch && f.branch !== (before.branch ?? "")) body.branch = f.branch;
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
  const rules = useRoleRules();
  // While the dialog fades out the page has already forgotten whom it edited; it keeps showing him.
  const last = useRef(editingNow);
  if (open) last.current = editingNow;
  const editing = open ? editingNow : last.current;
  const [form, setForm] = useState<StaffForm>({ username: "", password: "", role: "cashier", branch: "", mobile: "", active: true });
  const [touched, setTouched] = useState(false);
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const save = useSaveStaff();
  const send = () =>
    save.mutate(
      { editing: editing?.username ?? null, body: editing ? staffChangeBody(editing, form, rules) : newStaffBody(form, rules) },
      { onSuccess: (saved) => onSaved(saved, !editing) },
    );

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
  const needs = rules.branchRole(form.role);
  const roles = rules.grantable(session.me?.role);
  // A role the caller cannot give stays listed (disabled) when it is the account's current one.
  const roleOptions = editing && !roles.includes(editing.role) ? [...roles, editing.role] : roles;

  const usernameError = editing ? null : form.username ? (!USERNAME.test(form.username) ? t("staff.usernameInvalid") : null) : touched ? tc("required") : null;
  const branchError = needs === "required" && !form.branch && touched ? t("staff.branchRequired") : null;
  const mobileError = form.mobile.trim() && !normalizeMobile(form.mobile) ? t("staff.mobileInvalid") : null;
  const passwordOk = !!editing || passwordProblem(form.password) === null;
  // A cashier's branch cannot be taken away by PATCH /staff (null keeps it; an empty one would lock him out).
  const branchClearable = !editing || !editing.branch || form.role !== "cashier" || editing.role !== "cashier";
  const valid = (editing || USERNAME.test(form.username)) && passwordOk && !(needs === "required" && !form.branch) && !mobileError;
  const unchanged = !!editing && Object.keys(staffChangeBody(editing, form, rules)).length === 0;

  const submit = () => {
    setTouched(true);
    if (!valid || unchanged) return;
    if (editing && editing.active && !form.active) setConfirmDeactivate(true);
    else send();
  };

  return (
    <>
      <FormDialog
        open={open}
        title={editing ? t("staff.editTitle", { username: editing.username }) : t("staff.createTitle")}
        onClose={onClose}
        onSubmit={submit}
        submitLabel={editing ? tc("save") : tc("create")}
        submitTestId="staff-save"
        submitDisabled={unchanged}
        busy={save.isPending}
        error={save.error}
        testId="staff-dialog"
      >
        {!editing && (
          <>
            <FormField
              label={t("staff.username")}
              value={form.username}
              onChange={(e) => set("username", asCode(e.target.value))}
              problem={usernameError}
              help={t("staff.usernameHelp")}
              name="username"
              autoComplete="off"
              autoFocus
              data-testid="staff-username"
              slotProps={{ htmlInput: { dir: "ltr", autoCapitalize: "off", spellCheck: false, maxLength: 40 } }}
            />
            <PasswordField label={t("staff.password")} value={form.password} onChange={(v) => set("password", v)} touched={touched} testId="staff-password" />
          </>
        )}
        <FormField
          select
          label={t("staff.role")}
          value={rules.names.length ? form.role : ""}
          onChange={(e) => set("role", e.target.value)}
          help={t(`roles.summary.${form.role}`, { defaultValue: "" })}
          name="role"
          data-testid="staff-role"
        >
          {roleOptions.map((r) => (
            <MenuItem key={r} value={r} disabled={!roles.includes(r)} data-testid={`staff-role-option-${r}`}>
              {tc(`roles.${r}`)}
            </MenuItem>
          ))}
        </FormField>
        {needs && (
          <FormField
            select
            label={t("staff.branch")}
            value={form.branch}
            onChange={(e) => set("branch", e.target.value)}
            disabled={!!session.me?.branch}
            problem={branchError}
            help={needs === "required" ? t("staff.branchHelpManager") : t("staff.branchHelpCashier")}
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
          </FormField>
        )}
        {!editing && (
          <FormField
            label={t("staff.mobile")}
            value={form.mobile}
            onChange={(e) => set("mobile", e.target.value)}
            problem={mobileError}
            help=" "
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
      </FormDialog>
      <ConfirmDialog
        open={confirmDeactivate}
        title={t("staff.deactivateTitle", { username: editing?.username ?? "" })}
        text={t("staff.deactivateText")}
        confirmLabel={t("staff.deactivateConfirm")}
        onClose={() => setConfirmDeactivate(false)}
        onConfirm={() => {
          setConfirmDeactivate(false);
          send();
        }}
        testId="staff-deactivate-confirm"
      />
    </>
  );
}

export function ResetPasswordDialog({ member, onClose, onDone }: { member: StaffMember | null; onClose: () => void; onDone: (s: StaffMember) => void }) {
  const { t } = useTranslation("org");
  const [password, setPassword] = useState("");
  const [touched, setTouched] = useState(false);
  const reset = useResetStaffPassword();
  useEffect(() => {
    if (member) {
      setPassword("");
      setTouched(false);
      reset.reset();
    }
  }, [member]);
  const submit = () => {
    setTouched(true);
    if (member && passwordProblem(password) === null) reset.mutate({ username: member.username, password }, { onSuccess: onDone });
  };
  return (
    <FormDialog
      open={!!member}
      title={t("staff.resetTitle", { username: member?.username ?? "" })}
      intro={t("staff.resetText")}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t("staff.resetConfirm")}
      submitColor="warning"
      submitTestId="staff-reset-confirm"
      busy={reset.isPending}
      error={reset.error}
      testId="staff-reset-dialog"
    >
      <PasswordField label={t("staff.resetNew")} value={password} onChange={setPassword} touched={touched} testId="staff-reset-password" />
    </FormDialog>
  );
}
