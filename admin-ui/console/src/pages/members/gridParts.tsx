import { DataGrid, GridOverlay, type GridColDef, type GridLocaleText, type GridOverlayProps, type GridValidRowModel } from "@mui/x-data-grid";
import { Typography, useTheme } from "@mui/material";
import { useTranslation } from "react-i18next";
import { useLang } from "../../components/useLang";
import { formatNumber } from "../../lib/format";

/**
 * The grids' empty state with our own words. Passed as a slot (with the text in slotProps) rather
 * than through localeText, so that each grid can say its own thing.
 */
export function NoRows(props: GridOverlayProps & { text?: string }) {
  const { text, ...rest } = props;
  return (
    <GridOverlay {...rest}>
      <Typography variant="body2" color="text.secondary" sx={{ p: 3, textAlign: "center" }} data-testid="grid-empty">
        {text}
      </Typography>
    </GridOverlay>
  );
}

/**
 * The theme's grid texts (Persian or English) with the "1–10 of 15" the Persian grid locale leaves
 * in English, in Persian digits. A grid's localeText replaces the theme's as a whole, so the two
 * are merged here.
 */
export function useGridLocaleText(): Partial<GridLocaleText> {
  const theme = useTheme();
  const lang = useLang();
  const { t } = useTranslation("members");
  const themed = (theme.components as { MuiDataGrid?: { defaultProps?: { localeText?: Partial<GridLocaleText> } } } | undefined)?.MuiDataGrid?.defaultProps?.localeText ?? {};
  if (lang !== "fa") return themed;
  return {
    ...themed,
    paginationDisplayedRows: ({ from, to, count, estimated }) => {
      const n = (x: number) => formatNumber(x, lang);
      const total = count === -1 ? (estimated && estimated > to ? t("grid.about", { count: n(estimated) }) : t("grid.moreThan", { count: n(to) })) : n(count);
      return t("grid.displayedRows", { from: n(from), to: n(to), count: total });
    },
  };
}

/**
 * A list the server pages: rows of any height, no sorting or column menu (the server's order is the
 * order), our empty text, and a test id on every row.
 */
export function PagedGrid<R extends GridValidRowModel>({
  rows,
  total,
  columns,
  model,
  onModelChange,
  loading,
  empty,
  rowTestId,
}: {
  rows: R[];
  total: number;
  columns: GridColDef<R>[];
  model: { page: number; pageSize: number };
  onModelChange: (m: { page: number; pageSize: number }) => void;
  loading: boolean;
  empty: string;
  rowTestId: string;
}) {
  const localeText = useGridLocaleText();
  return (
    <DataGrid
      rows={rows}
      columns={columns}
      autoHeight
      getRowHeight={() => "auto"}
      rowCount={total}
      paginationMode="server"
      paginationModel={model}
      onPaginationModelChange={onModelChange}
      pageSizeOptions={[10, 25, 50]}
      loading={loading}
      disableColumnMenu
      disableColumnSorting
      disableRowSelectionOnClick
      slots={{ noRowsOverlay: NoRows }}
      localeText={localeText}
      slotProps={{ row: { "data-testid": rowTestId } as object, noRowsOverlay: { text: empty } as object }}
      sx={{ border: 0 }}
    />
  );
}
