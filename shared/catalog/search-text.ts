/** Normalises what a person typed into search terms: lower case, no accents, apostrophes split words. */
export function searchTerms(text: string, maxTerms = 8): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, maxTerms);
}

/**
 * A prefix query for PostgreSQL's to_tsquery: every term must match, the last one (still being typed)
 * and the others as prefixes so "resid" finds "residenza". Terms hold only letters and digits, so the
 * result is always valid tsquery syntax.
 */
export function prefixTsQuery(terms: string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}
