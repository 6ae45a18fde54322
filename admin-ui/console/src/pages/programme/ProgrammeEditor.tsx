import { useEffect, useMemo, useState, type ReactNode } from "react";
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Snackbar,
  Stack,
  Tab,
  Tabs,
  Typography,
} from "@mui/material";
import SaveIcon from "@mui/icons-material/SaveOutlined";
import ReceiptIcon from "@mui/icons-material/ReceiptLongOutlined";
import StarIcon from "@mui/icons-material/Star";
import StarOutlineIcon from "@mui/icons-material/StarBorder";
import { useBlocker } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api";
import { useFetchProgramme, useMakeDefault, useSaveProgramme } from "./queries";
import { useSession } from "../../lib/session";
import { formatNumber } from "../../lib/format";
import { useLang } from "../../components/useLang";
import { JalaliDate } from "../../components/Figures";
import { LockedFeature } from "../../components/Guards";
import { ProblemAlert } from "../../components/ProblemAlert";
import { EditableContext, TextInput } from "./form";
import { FormStore, StoreContext, useSelectorOf } from "./store";
import { EarningSection, type MemberGroup } from "./EarningSection";
import { LevelsSection } from "./LevelsSection";
import { ExpirySection } from "./ExpirySection";
import { ConversionSection } from "./ConversionSection";
import { DryRunPanel } from "./DryRunPanel";
import { useBeforeUnload } from "./shared";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { levelsBody, rebase, toForm, updateBody, type JsonObject, type Programme } from "./rules";
import { formPath, isPlaced, sectionOf, type CheckContext, type Errors, type Section } from "./validate";

type Tab = Section;
const TABS: Tab[] = ["earning", "levels", "expiry", "conversion"];

const originalOf = (p: Pick<Programme, "name" | "rules">) => ({ name: p.name, rules: p.rules ?? {} });

export function ProgrammeEditor({
  programme,
  programmes,
  memberGroups,
  memberGroupsKnown,
}: {
  programme: Programme;
  programmes: Programme[];
  memberGroups: MemberGroup[];
  memberGroupsKnown: boolean;
}) {
  const { t } = useTranslation("programme");
  const { t: tc } = useTranslation();
  const lang = useLang();
  const fetchProgramme = useFetchProgramme();
  const { may, has } = useSession();

  const canConfigure = may("loyalty-configure");
  const rulesEditable = canConfigure && has("A3");
  const levelsEditable = canConfigure && has("B4");
  const levelsOnly = !rulesEditable && levelsEditable;
  const groupCodes = useMemo(() => (memberGroupsKnown ? memberGroups.map((g) => g.code) : undefined), [memberGroups, memberGroupsKnown]);
  const ctx = useMemo<CheckContext>(() => ({ memberGroups: groupCodes, has, levelsOnly }), [groupCodes, has, levelsOnly]);

  const [store] = useState(() => new FormStore({ form: toForm(programme), original: originalOf(programme), touched: new Set(), attempted: false, serverErrors: {}, ctx }));
  const [loaded, setLoaded] = useState<Programme>(programme);
  const [tab, setTab] = useState<Tab>("earning");
  const [conflict, setConflict] = useState<Programme | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => store.update((s) => (s.ctx === ctx ? s : { ...s, ctx })), [store, ctx]);

  const dirty = useSelectorOf(store, (s) => s.dirty());
  const attempted = useSelectorOf(store, (s) => s.get().attempted);
  // Mistakes per tab as one string ("2,0,0,1,0"), so the editor re-renders only when a count changes.
  const counts = useSelectorOf(store, (s) => {
    const paths = Object.keys(s.shownErrors()).filter(isPlaced);
    return TABS.map((tb) => paths.filter((p) => sectionOf(p) === tb).length).join(",");
  });
  const errorCount = (tb: Tab) => Number(counts.split(",")[TABS.indexOf(tb)]);
  const relevantOf = (errors: Errors) => Object.keys(errors).filter((p) => (levelsOnly ? sectionOf(p) === "levels" : true));
  const clientErrorCount = useSelectorOf(store, (s) => relevantOf(s.clientErrors()).length);

  const reset = (p: Programme, form = toForm(p)) => {
    setLoaded(p);
    store.update((s) => ({ ...s, form, original: originalOf(p), touched: new Set(), attempted: false, serverErrors: {} }));
  };

  // Someone else saved while this screen showed the programme and nothing here was changed yet: show theirs.
  useEffect(() => {
    if (programme.version > loaded.version && !store.dirty()) reset(programme);
  }, [programme, loaded.version, store]);

  useBeforeUnload(dirty);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => store.dirty() && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));

  const save = useSaveProgramme(loaded.code);
  const saved = (p: Programme) => {
    reset(p);
    setNotice(t("savedVersion", { version: formatNumber(p.version, lang) }));
  };
  const refused = async (error: Error) => {
      if (!(error instanceof ApiError)) return;
      if (error.status === 409) {
        try {
          setConflict(await fetchProgramme(loaded.code));
        } catch {
          // The alert below still says what happened.
        }
        return;
      }
      if (error.errors.length > 0) {
        const mapped: Errors = {};
        for (const e of error.errors) mapped[formPath(e.field, levelsOnly)] = { text: e.message };
        store.update((s) => ({ ...s, serverErrors: mapped }));
        const first = Object.keys(mapped).filter(isPlaced).map(sectionOf).find(Boolean);
        if (first) setTab(first);
      }
  };

  const submit = () => {
    store.update((s) => (s.attempted ? s : { ...s, attempted: true }));
    const relevant = relevantOf(store.clientErrors());
    if (relevant.length > 0) {
      const first = relevant.map(sectionOf).find(Boolean);
      if (first) setTab(first);
      return;
    }
    const form = store.get().form;
    save.mutate(
      { levelsOnly, body: levelsOnly ? levelsBody(form, loaded.version) : updateBody(form, loaded.version) },
      { onSuccess: saved, onError: (e) => void refused(e) },
    );
  };

  const makeDefault = useMakeDefault(loaded.code);

  /** After a 409: keep what this operator changed, take everything else from the version saved meanwhile. */
  const keepMine = () => {
    if (!conflict) return;
    const merged = rebase(store.get().original as unknown as JsonObject, store.body() as unknown as JsonObject, originalOf(conflict) as unknown as JsonObject) as {
      name: string;
      rules: JsonObject;
    };
    setLoaded(conflict);
    store.update((s) => ({ ...s, form: toForm(merged), original: originalOf(conflict), serverErrors: {} }));
    setConflict(null);
    save.reset();
    setNotice(t("conflict.rebased", { version: formatNumber(conflict.version, lang) }));
  };
  const takeTheirs = () => {
    if (!conflict) return;
    reset(conflict);
    setConflict(null);
    save.reset();
  };

  const saveError = save.error;
  // What the server refused that no input on screen can show goes to the alert; the rest is beside its input.
  const unplaced = useMemo(() => {
    if (!saveError) return null;
    if (!(saveError instanceof ApiError)) return saveError;
    if (saveError.status === 409) return null;
    if (saveError.errors.length === 0) return saveError;
    const rest = saveError.errors.filter((e) => !isPlaced(formPath(e.field, levelsOnly)));
    if (rest.length === 0) return null;
    const detail = rest.length === 1 ? `${rest[0].field}: ${rest[0].message}` : undefined;
    return new ApiError(saveError.status, saveError.type, saveError.title, detail, rest);
  }, [saveError, levelsOnly]);
  const nothingEditable = !rulesEditable && !levelsEditable;

  return (
    <StoreContext.Provider value={store}>
      <Paper
        sx={{ p: 2, mb: 2, position: "sticky", top: { xs: 56, sm: 64 }, zIndex: 3, boxShadow: dirty ? "0 4px 16px rgba(11,94,85,.12)" : "none" }}
        data-testid="programme-bar"
      >
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {rulesEditable ? (
              <Box sx={{ maxWidth: 420 }}>
                <TextInput path="name" label={t("programmeName")} testId="programme-name" />
              </Box>
            ) : (
              <Typography variant="h6" sx={{ fontWeight: 700 }} data-testid="programme-name">
                {loaded.name}
              </Typography>
            )}
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 1, mt: rulesEditable ? -1 : 0.5 }}>
              <Chip size="small" label={t("version", { version: formatNumber(loaded.version, lang) })} data-testid="programme-version" data-version={loaded.version} />
              {programme.isDefault ? (
                <Chip size="small" color="primary" icon={<StarIcon />} label={t("defaultLong")} data-testid="programme-is-default" />
              ) : (
                rulesEditable && (
                  <Button size="small" startIcon={<StarOutlineIcon />} onClick={() => makeDefault.mutate(undefined, { onSuccess: () => setNotice(t("madeDefault")) })} disabled={makeDefault.isPending} data-testid="programme-make-default">
                    {t("makeDefault")}
                  </Button>
                )
              )}
              {loaded.updatedAt && (
                <Typography variant="caption" color="text.secondary">
                  {t("updatedAt")} <JalaliDate value={loaded.updatedAt} time />
                </Typography>
              )}
            </Stack>
          </Box>
          <Button
            size="small"
            startIcon={<ReceiptIcon />}
            onClick={() => document.getElementById("programme-preview")?.scrollIntoView({ behavior: "smooth", block: "start" })}
            sx={{ flexShrink: 0, alignSelf: { xs: "flex-start", md: "center" } }}
            data-testid="programme-goto-preview"
          >
            {t("gotoPreview")}
          </Button>
          {!nothingEditable && (
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexShrink: 0 }}>
              {dirty && (
                <Typography variant="body2" color="warning.main" data-testid="programme-dirty">
                  {t("unsaved")}
                </Typography>
              )}
              <Button onClick={() => setDiscarding(true)} disabled={!dirty || save.isPending} data-testid="programme-discard">
                {t("discard")}
              </Button>
              <Button variant="contained" startIcon={<SaveIcon />} onClick={submit} disabled={!dirty || save.isPending} data-testid="programme-save">
                {levelsOnly ? t("saveLevels") : tc("save")}
              </Button>
            </Stack>
          )}
        </Stack>
      </Paper>

      <Stack spacing={2} sx={{ mb: 2 }}>
        {!canConfigure && <Alert severity="info">{t("readOnly")}</Alert>}
        {canConfigure && levelsOnly && (
          <Alert severity="info" data-testid="programme-levels-only">
            {t("levelsOnly")}
          </Alert>
        )}
        {attempted && clientErrorCount > 0 && (
          <Alert severity="warning" data-testid="programme-client-errors">
            {t("fixMistakes", { count: clientErrorCount, n: formatNumber(clientErrorCount, lang) })}
          </Alert>
        )}
        {saveError instanceof ApiError && saveError.status === 409 && !conflict && <ProblemAlert error={saveError} />}
        {unplaced && <ProblemAlert error={unplaced} />}
        {makeDefault.error && <ProblemAlert error={makeDefault.error} />}
      </Stack>

      <Paper sx={{ mb: 2 }}>
        <Tabs value={tab} onChange={(_, v: Tab) => setTab(v)} variant="scrollable" scrollButtons={false}>
          {TABS.map((s) => {
            const n = errorCount(s);
            return (
              <Tab
                key={s}
                value={s}
                data-testid={`programme-tab-${s}`}
                label={
                  <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                    <span>{t(`tabs.${s}`)}</span>
                    {n > 0 && (
                      <Box
                        component="span"
                        sx={{ bgcolor: "error.main", color: "error.contrastText", borderRadius: 5, minWidth: 20, height: 20, px: 0.75, fontSize: 12, lineHeight: "20px", textAlign: "center" }}
                        data-testid={`programme-tab-${s}-errors`}
                      >
                        {formatNumber(n, lang)}
                      </Box>
                    )}
                  </Stack>
                }
              />
            );
          })}
        </Tabs>
      </Paper>

      <Box role="tabpanel" data-testid={`programme-panel-${tab}`}>
        {tab === "earning" && (
          <Gated feature="A3" editable={rulesEditable} title={t("tabs.earning")}>
            <EarningSection memberGroups={memberGroups} />
          </Gated>
        )}
        {tab === "levels" && (
          <Gated feature="B4" editable={levelsEditable} title={t("tabs.levels")}>
            <LevelsSection />
          </Gated>
        )}
        {tab === "expiry" && (
          <Gated feature="A3" editable={rulesEditable} title={t("tabs.expiry")}>
            <ExpirySection />
          </Gated>
        )}
        {tab === "conversion" && (
          <Gated feature="A3" editable={rulesEditable} title={t("tabs.conversion")}>
            <ConversionSection memberGroups={memberGroups} />
          </Gated>
        )}
      </Box>

      {/* The preview stays beside the rules whatever section is open: edit, save, try an invoice. */}
      <Box id="programme-preview" component="section" sx={{ mt: 4, scrollMarginTop: 160 }} data-testid="programme-preview">
        <DryRunPanel programme={loaded} programmes={programmes} dirty={dirty} />
      </Box>

      <Dialog open={!!conflict} onClose={() => setConflict(null)} data-testid="programme-conflict">
        <DialogTitle>{t("conflict.title")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t("conflict.text", { version: formatNumber(conflict?.version ?? 0, lang), mine: formatNumber(loaded.version, lang) })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={takeTheirs} data-testid="conflict-take-theirs">
            {t("conflict.takeTheirs")}
          </Button>
          <Button variant="contained" onClick={keepMine} data-testid="conflict-keep-mine">
            {t("conflict.keepMine")}
          </Button>
        </DialogActions>
      </Dialog>

      <ConfirmDialog
        open={discarding}
        title={t("discardTitle")}
        text={t("discardText")}
        confirmLabel={t("discard")}
        onClose={() => setDiscarding(false)}
        onConfirm={() => {
          reset(loaded);
          save.reset();
          setDiscarding(false);
        }}
        testId="confirm-discard"
      />

      <Dialog open={blocker.state === "blocked"} onClose={() => blocker.reset?.()} data-testid="programme-leave">
        <DialogTitle>{t("leaveTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t("leaveText")}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.reset?.()} data-testid="leave-stay">
            {t("stay")}
          </Button>
          <Button color="error" variant="contained" onClick={() => blocker.proceed?.()} data-testid="leave-confirm">
            {t("leave")}
          </Button>
        </DialogActions>
      </Dialog>

      <Snackbar open={!!notice} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} data-testid="programme-notice" />
    </StoreContext.Provider>
  );
}

/** A section the plan may lock: the lock notice with the plan that has it, then the section read-only. */
function Gated({ feature, editable, title, children }: { feature: string; editable: boolean; title: string; children: ReactNode }) {
  const { has } = useSession();
  return (
    <Stack spacing={2}>
      {!has(feature) && <LockedFeature feature={feature} title={title} />}
      <EditableContext.Provider value={editable}>{children}</EditableContext.Provider>
    </Stack>
  );
}
