import { useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { CardType, CatalogueEntry } from "./types";

const FIVE_MINUTES = 5 * 60_000;

/** The club's member groups, member categories and card types, for selects and for names in lists. */
export function useCatalogues() {
  const groups = useQuery({ queryKey: ["member-groups"], queryFn: () => api<CatalogueEntry[]>("/member-groups"), staleTime: FIVE_MINUTES });
  const categories = useQuery({ queryKey: ["member-categories"], queryFn: () => api<CatalogueEntry[]>("/member-categories"), staleTime: FIVE_MINUTES });
  const cardTypes = useQuery({ queryKey: ["card-types"], queryFn: () => api<CardType[]>("/card-types"), staleTime: FIVE_MINUTES });
  const nameOf = (list: { code: string; name: string }[] | undefined, code: string | null | undefined) =>
    code == null ? null : (list?.find((e) => e.code === code)?.name ?? code);
  return {
    groups,
    categories,
    cardTypes,
    groupName: (code: string | null | undefined) => nameOf(groups.data, code),
    categoryName: (code: string | null | undefined) => nameOf(categories.data, code),
    cardTypeName: (code: string | null | undefined) => nameOf(cardTypes.data, code),
  };
}
