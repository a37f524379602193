import { searchTerms } from '../../../shared/catalog/search-text';
import type { StoredService } from './db';

/**
 * Search over the services saved on the device, for when the network is gone. Far simpler than the
 * server's full-text search: every term must start a word (accents and apostrophes ignored), a word
 * sharing all but the last letter of a long term counts as well ("residenze" finds "residenza"), and
 * words in the title weigh more than words in the keywords, the summary or the category.
 */
type Field = { words: string[]; weight: number };

function fieldsOf(service: StoredService): Field[] {
  const words = (text: string) => searchTerms(text, Number.POSITIVE_INFINITY);
  return [
    { words: words(service.summary.title), weight: 4 },
    { words: words(service.keywords.join(' ')), weight: 3 },
    { words: words(`${service.summary.summary} ${service.summary.category.name}`), weight: 1 },
  ];
}

function termScore(term: string, fields: Field[]): number {
  const stem = term.length >= 5 ? term.slice(0, -1) : undefined;
  let best = 0;
  for (const field of fields) {
    for (const word of field.words) {
      let score = 0;
      if (word === term) score = field.weight + 1;
      else if (word.startsWith(term)) score = field.weight;
      else if (stem && word.startsWith(stem)) score = field.weight - 0.5;
      if (score > best) best = score;
    }
  }
  return best;
}

/** Score of a service for a query, 0 when some term is missing; an empty query matches everything. */
export function matchScore(query: string, service: StoredService): number {
  const terms = searchTerms(query);
  if (terms.length === 0) return 1;
  const fields = fieldsOf(service);
  let total = 0;
  for (const term of terms) {
    const score = termScore(term, fields);
    if (score <= 0) return 0;
    total += score;
  }
  return total;
}
