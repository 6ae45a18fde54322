import type { ReactNode } from "react";
import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Grid, Typography } from "@mui/material";
import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { JalaliDate } from "../Figures";
import { Ident } from "../Ident";
import { changedFields, labelOf, parseSnapshot, type AuditRecord } from "./audit";

/** One entry of the log: who did what to what, when and from where, with its before and after side by side. */
export function AuditDetail({
  record,
  onClose,
  linkMembers,
  withTenant,
  actions,
  targets,
  kinds,
}: {
  record: AuditRecord | null;
  onClose: () => void;
  linkMembers: boolean;
  withTenant: boolean;
  actions: Record<string, string>;
  targets: Record<string, string>;
  kinds: Record<string, string>;
}) {
  const { t } = useTranslation("org");
  const { t: tc } = useTranslation();
  const before = parseSnapshot(record?.before);
  const after = parseSnapshot(record?.after);
  const changed = changedFields(before, after);
  return (
    <Dialog open={!!record} onClose={onClose} maxWidth="lg" fullWidth data-testid="audit-detail">
      {record && (
        <>
          <DialogTitle>
            {labelOf(actions, record.action)}{" "}
            <Chip size="small" variant="outlined" label={<bdi dir="ltr">{record.action}</bdi>} sx={{ fontFamily: "monospace", ms: 1 }} />
          </DialogTitle>
          <DialogContent dividers>
            <Grid container spacing={1} sx={{ mb: 2 }}>
              <Meta label={t("audit.when")} value={<JalaliDate value={record.occurredAt} time />} />
              <Meta label={t("audit.who")} value={<>{<bdi>{record.actorName ?? record.actorId ?? "—"}</bdi>} · {labelOf(kinds, record.actorKind)}</>} />
              <Meta
                label={t("audit.target")}
                value={
                  <>
                    {record.targetType ? labelOf(targets, record.targetType) : "—"} {record.targetId && <Ident value={record.targetId} />}
                    {linkMembers && record.targetType === "member" && record.targetId && (
                      <Button size="small" component={RouterLink} to={`/members/${encodeURIComponent(record.targetId)}`} sx={{ ms: 1 }} data-testid="audit-open-member">
                        {t("audit.openMember")}
                      </Button>
                    )}
                  </>
                }
              />
              {withTenant && record.tenant && <Meta label={t("audit.tenant")} value={<Ident value={record.tenant} />} />}
              {record.clientIp && <Meta label={t("audit.ip")} value={<bdi dir="ltr">{record.clientIp}</bdi>} />}
              {record.requestId && <Meta label={t("audit.requestId")} value={<bdi dir="ltr" style={{ fontFamily: "monospace" }}>{record.requestId}</bdi>} />}
            </Grid>
            {changed.size > 0 && (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                {t("audit.changed")}
              </Typography>
            )}
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <Snapshot title={t("audit.before")} value={before} changed={changed} testId="audit-before" />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Snapshot title={t("audit.after")} value={after} changed={changed} testId="audit-after" />
              </Grid>
            </Grid>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} data-testid="audit-detail-close">
              {tc("close")}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}

function Meta({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Grid>
  );
}

/** A snapshot's JSON, pretty, left to right, the changed top-level fields in bold. */
function Snapshot({ title, value, changed, testId }: { title: string; value: unknown; changed: Set<string>; testId: string }) {
  const { t } = useTranslation("org");
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {value == null ? (
        <Box sx={{ p: 1.5, border: "1px dashed", borderColor: "divider", borderRadius: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t("audit.nothing")}
          </Typography>
        </Box>
      ) : (
        <Box
          component="pre"
          dir="ltr"
          sx={{ m: 0, p: 1.5, bgcolor: "#f7f9f8", border: "1px solid", borderColor: "divider", borderRadius: 1, fontSize: 12.5, fontFamily: "ui-monospace, Menlo, Consolas, monospace, Vazirmatn", overflow: "auto", maxHeight: 420, whiteSpace: "pre-wrap", wordBreak: "break-word", textAlign: "start" }}
        >
          {isObject ? (
            <>
              {"{\n"}
              {Object.entries(value as Record<string, unknown>).map(([k, v], i, all) => (
                <Box component="span" key={k} sx={changed.has(k) ? { fontWeight: 700, bgcolor: "#fff4e0" } : undefined} data-changed={changed.has(k) || undefined}>
                  {"  "}
                  {JSON.stringify(k)}: {JSON.stringify(v, null, 2).replace(/\n/g, "\n  ")}
                  {i < all.length - 1 ? "," : ""}
                  {"\n"}
                </Box>
              ))}
              {"}"}
            </>
          ) : (
            JSON.stringify(value, null, 2)
          )}
        </Box>
      )}
    </Box>
  );
}
