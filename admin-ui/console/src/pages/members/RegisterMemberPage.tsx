import { useState, type FormEvent } from "react";
import { Alert, Autocomplete, Box, Button, Chip, Grid, Paper, Stack, TextField } from "@mui/material";
import PersonAddIcon from "@mui/icons-material/PersonAddAlt1Outlined";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError, newIdempotencyKey } from "../../lib/api";
import { useRegisterMember } from "./queries";
import { useSession } from "../../lib/session";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { LockedFeature } from "../../components/Guards";
import { MemberFields } from "./MemberFields";
import { useCatalogues } from "./catalogues";
import { checkAll, emptyMember, MEMBER_FIELDS, registrationBody, REQUIRED, serverProblems, type FieldProblems, type MemberField } from "./memberFormModel";
import { normaliseTag } from "./tags";
import { useMemberForm } from "./useMemberForm";
import { fullName } from "./types";

/** What the profile page is told after a registration: who, and what of the follow-ups failed. */
export interface RegisteredState {
  registered: { name: string; code: string };
  followUpFailed?: string[];
}

const STANDARD = "STANDARD";

/** Takes the operator to the first field to fix, in the order the form shows them, once its error is drawn. */
function focusFirst(problems: FieldProblems) {
  const first = VISUAL_ORDER.find((f) => problems[f]);
  if (first) setTimeout(() => document.querySelector<HTMLElement>(`[name="${first}"]`)?.focus(), 0);
}

/** The fields in the order the form shows them. */
const VISUAL_ORDER: MemberField[] = [
  "title",
  "firstName",
  "lastName",
  "mobile",
  "nationalCode",
  "birthDate",
  "email",
  "phone",
  "otherPhones",
  "city",
  "postalCode",
  "address",
  "group",
  "category",
  "referrerCode",
  "marriageDate",
  "educationDegree",
  "educationField",
  "externalRef",
  "notes",
];

/**
 * Registers a member (M1) with every field POST /members takes, checked as typed with the server's
 * rules; then, where asked, a card of another type (POST /members/{code}/cards) and tags (B2), which
 * registration itself does not take. On success the new member's profile opens.
 */
export function RegisterMemberPage() {
  const { t } = useTranslation("members");
  const navigate = useNavigate();
  const { has } = useSession();
  const form = useMemberForm(emptyMember());
  const { cardTypes } = useCatalogues();
  const [cardType, setCardType] = useState(STANDARD);
  const [tags, setTags] = useState<string[]>([]);
  const [tagInput, setTagInput] = useState("");
  const [tagProblem, setTagProblem] = useState(false);
  const [blocked, setBlocked] = useState(false);
  // One key per filled-in form: a second card is not issued twice by a retry.
  const [cardKey] = useState(newIdempotencyKey);

  const register = useRegisterMember();
  const send = () =>
    register.mutate(
      { body: registrationBody(form.values), cardType: cardType && cardType !== STANDARD ? cardType : null, cardKey, tags },
      {
        onSuccess: ({ created, failed }) => {
          const followUpFailed = failed.map((f) => (f.cardType ? `${t("fields.cardType")}: ${f.cardType}` : `${t("fields.tags")}: ${f.tag}`));
          const state: RegisteredState = { registered: { name: fullName(created), code: created.memberCode }, followUpFailed };
          navigate(`/members/${created.memberCode}`, { state });
        },
        onError: (error) => {
          form.showServerErrors(error instanceof ApiError ? error : null);
          if (error instanceof ApiError) focusFirst(serverProblems(error));
        },
      },
    );

  const addTag = (raw: string) => {
    if (!raw.trim()) return;
    const tag = normaliseTag(raw);
    if (!tag) {
      setTagProblem(true);
      return;
    }
    setTagProblem(false);
    setTags((list) => (list.includes(tag) ? list : [...list, tag]));
    setTagInput("");
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (tagInput.trim()) addTag(tagInput);
    if (!form.validate()) {
      setBlocked(true);
      // The first field to fix, in the order the form shows them, once the errors are drawn.
      focusFirst(checkAll(form.values));
      return;
    }
    setBlocked(false);
    send();
  };

  const error = register.error;
  const fieldErrors = error instanceof ApiError && error.errors.some((e) => (MEMBER_FIELDS as readonly string[]).includes(e.field.split(".").pop() ?? ""));
  const types = cardTypes.data ?? [];

  const extraClub = (
    <>
      {types.length > 1 && (
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t("fields.cardType")}
            value={cardType}
            onChange={(e) => setCardType(e.target.value)}
            helperText={t("form.cardTypeHelp")}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { "data-testid": "field-cardType", name: "cardType" } }}
          >
            {types.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </TextField>
        </Grid>
      )}
      <Grid size={{ xs: 12, sm: types.length > 1 ? 8 : 12 }}>
        {has("B2") ? (
          <Autocomplete
            multiple
            freeSolo
            options={[]}
            value={tags}
            inputValue={tagInput}
            onInputChange={(_, v) => {
              setTagInput(v);
              setTagProblem(false);
            }}
            onChange={(_, next) => {
              const last = next[next.length - 1];
              if (next.length > tags.length && typeof last === "string") addTag(last);
              else setTags(next as string[]);
            }}
            renderValue={(value, getItemProps) =>
              value.map((tag, index) => {
                const { key, ...itemProps } = getItemProps({ index });
                return <Chip key={key} label={tag} size="small" {...itemProps} />;
              })
            }
            renderInput={(params) => (
              <TextField
                {...params}
                label={t("fields.tags")}
                error={tagProblem}
                helperText={tagProblem ? t("errors.tag") : t("form.tagsHelp")}
                onBlur={() => addTag(tagInput)}
                slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, "data-testid": "field-tags", name: "tags" } }}
              />
            )}
          />
        ) : (
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", height: "100%" }}>
            <LockedFeature feature="B2" compact />
            <Box component="span" sx={{ color: "text.secondary", fontSize: 14 }}>
              {t("form.tagsLocked")}
            </Box>
          </Stack>
        )}
      </Grid>
    </>
  );

  return (
    <>
      <PageHeader title={t("register.title")} subtitle={t("register.subtitle")} />
      <Paper component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2, sm: 3 } }} data-testid="register-form">
        <MemberFields form={form} required={REQUIRED} extraClub={extraClub} />
        <Stack spacing={2} sx={{ mt: 3 }}>
          {blocked && Object.keys(form.problems).length > 0 && (
            <Alert severity="warning" data-testid="register-fix">
              {t("form.fixErrors")}
            </Alert>
          )}
          {error && (fieldErrors ? <Alert severity="warning">{t("form.fixErrors")}</Alert> : <ProblemAlert error={error} />)}
          <Stack direction="row" spacing={1}>
            <Button type="submit" variant="contained" size="large" startIcon={<PersonAddIcon />} disabled={register.isPending} data-testid="register-submit">
              {register.isPending ? t("form.submitting") : t("form.submit")}
            </Button>
            <Button size="large" onClick={() => navigate("/members")}>
              {t("form.cancel")}
            </Button>
          </Stack>
        </Stack>
      </Paper>
    </>
  );
}
