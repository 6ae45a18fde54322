import { Chip, IconButton, InputAdornment, Stack, TextField, Typography } from "@mui/material";
import SearchIcon from "@mui/icons-material/Search";
import ClearIcon from "@mui/icons-material/Clear";
import { useTranslation } from "react-i18next";
import type { SearchCriterion, SearchKind } from "./searchQuery";

/**
 * The one search box of the members list. Under it, how what was typed is read (mobile, national
 * code, ...), and the other readings of the same digits as chips to choose instead.
 */
export function MemberSearchBox({
  value,
  onChange,
  criterion,
  onChoose,
  onEnter,
  idleText,
}: {
  value: string;
  onChange: (text: string) => void;
  /** The reading in force (the interpretation, or the one the operator chose). */
  criterion: SearchCriterion | null;
  onChoose: (kind: SearchKind) => void;
  onEnter?: () => void;
  /** What is listed when nothing is typed. */
  idleText?: string;
}) {
  const { t } = useTranslation("members");
  const problem = criterion?.problem;
  return (
    <Stack spacing={1}>
      <TextField
        label={t("list.searchLabel")}
        placeholder={t("list.searchPlaceholder")}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            onEnter?.();
          }
        }}
        autoFocus
        error={!!problem}
        helperText={problem ? t(`searchProblems.${problem}`) : undefined}
        slotProps={{
          htmlInput: { "data-testid": "member-search", dir: "auto", autoComplete: "off", enterKeyHint: "search" },
          formHelperText: { "data-testid": "member-search-problem" } as object,
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon color="action" />
              </InputAdornment>
            ),
            endAdornment: value ? (
              <InputAdornment position="end">
                <IconButton size="small" onClick={() => onChange("")} aria-label={t("form.cancel")} data-testid="member-search-clear">
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", minHeight: 24, rowGap: 1 }}>
        {criterion ? (
          <Chip
            size="small"
            color={problem ? "warning" : "primary"}
            variant="outlined"
            label={t("list.searchingBy", { kind: t(`kinds.${criterion.kind}`) })}
            data-testid="search-kind"
            data-kind={criterion.kind}
          />
        ) : (
          <Typography variant="caption" color="text.secondary" data-testid="search-kind" data-kind="">
            {idleText ?? t("list.newestFirst")}
          </Typography>
        )}
        {criterion?.alternatives.map((alt) => (
          <Chip
            key={alt.kind}
            size="small"
            label={t("list.searchAs", { kind: t(`kinds.${alt.kind}`) })}
            onClick={() => onChoose(alt.kind)}
            data-testid={`search-as-${alt.kind}`}
          />
        ))}
      </Stack>
    </Stack>
  );
}

/** The reading in force: the interpretation, or the alternative of kind {@code chosen} if there is one. */
export function chosenReading(interpreted: SearchCriterion | null, chosen: string | null): SearchCriterion | null {
  if (!interpreted || !chosen || chosen === interpreted.kind) return interpreted;
  const alt = interpreted.alternatives.find((a) => a.kind === chosen);
  return alt ? { ...alt, alternatives: [{ ...interpreted, alternatives: [] }] } : interpreted;
}
