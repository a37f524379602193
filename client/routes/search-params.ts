/** Query-string values as the router gives them: a string, several, or nothing. */
type Param = string | string[] | undefined;

export function textParam(value: Param): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** "?pagina=3" as a page number; anything else is page 1. */
export function pageParam(value: Param): number {
  const page = Number.parseInt(textParam(value), 10);
  return Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1;
}
