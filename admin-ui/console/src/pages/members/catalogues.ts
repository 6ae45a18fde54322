import { useQuery } from "@tanstack/react-query";
import { cardTypesQuery, categoriesQuery, groupsQuery } from "./queries";

/** The club's member groups, member categories and card types, for selects and for names in lists. */
export function useCatalogues() {
  const groups = useQuery(groupsQuery);
  const categories = useQuery(categoriesQuery);
  const cardTypes = useQuery(cardTypesQuery);
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
