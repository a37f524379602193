import { describe, expect, it } from 'vitest';
import { prefixTsQuery, searchTerms } from '../../shared/catalog/search-text';

describe('searchTerms', () => {
  it('drops accents, case and apostrophes', () => {
    expect(searchTerms("Carta d'Identità")).toEqual(['carta', 'd', 'identita']);
  });

  it('keeps only letters and digits, so the tsquery is always valid', () => {
    expect(searchTerms("a & b | !c:* (d) 'e' <-> f")).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(prefixTsQuery(searchTerms('tari 2026!'))).toBe('tari:* & 2026:*');
  });

  it('caps the number of terms', () => {
    expect(searchTerms('a b c d e f g h i j k', 3)).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for punctuation only', () => {
    expect(searchTerms(" ' - ; ")).toEqual([]);
    expect(prefixTsQuery([])).toBe('');
  });
});
