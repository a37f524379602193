import { describe, expect, it } from 'vitest';
import type { StoredService } from '../../client/lib/offline/db';
import { matchScore } from '../../client/lib/offline/match';

type Texts = { title: string; summary?: string; category?: string; keywords?: string[] };

function saved(texts: Texts): StoredService {
  const slug = texts.title.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    key: `it:${slug}`,
    locale: 'it',
    summary: {
      slug,
      title: texts.title,
      summary: texts.summary ?? '',
      category: { slug: 'categoria', name: texts.category ?? 'Anagrafe e stato civile' },
      organization: { slug: 'comune-di-valdoria', name: 'Comune di Valdoria' },
      updatedAt: '2026-01-15T09:00:00.000Z',
    },
    keywords: texts.keywords ?? [],
    lifeEvents: [],
    fetchedAt: '2026-01-15T09:00:00.000Z',
  };
}

const cie = saved({
  title: "Carta d'identità elettronica (CIE)",
  summary: "Richiedere la carta d'identità elettronica, valida per l'espatrio.",
  keywords: ['documento di riconoscimento', 'rinnovo'],
});
const residenza = saved({
  title: 'Cambio di residenza',
  summary: "Comunicare all'anagrafe il trasferimento in un'altra abitazione.",
  keywords: ['trasloco', 'indirizzo'],
});
const nido = saved({
  title: "Iscrizione all'asilo nido",
  summary: 'Domanda di iscrizione ai nidi comunali per bambini da 3 a 36 mesi.',
  category: 'Educazione e formazione',
  keywords: ['nido', 'infanzia'],
});

describe('matchScore: what a citizen types finds a saved service', () => {
  it('ignores accents, case and apostrophes', () => {
    const typed = matchScore('carta identita', cie);
    expect(typed).toBeGreaterThan(0);
    expect(matchScore('CARTA IDENTITÀ', cie)).toBe(typed);
    expect(matchScore('Carta Identità', cie)).toBe(typed);
    // "d'identità" holds the word "identità", which "identita" starts.
    expect(matchScore("d'identità", cie)).toBeGreaterThan(0);
  });

  it('matches words being typed as prefixes, but only at the start of a word', () => {
    expect(matchScore('resid', residenza)).toBeGreaterThan(0);
    expect(matchScore('camb res', residenza)).toBeGreaterThan(0);
    expect(matchScore('denza', residenza)).toBe(0);
  });

  it('lets a word of five letters or more differ in its last letter (plural and singular)', () => {
    expect(matchScore('residenze', residenza)).toBeGreaterThan(0);
    expect(matchScore('asili', nido)).toBeGreaterThan(0);
    // Shorter words would match too much that way: "nidi" must be typed as the text has it.
    const nursery = saved({ title: 'Asilo nido' });
    expect(matchScore('nidi', nursery)).toBe(0);
    expect(matchScore('nid', nursery)).toBeGreaterThan(0);
  });

  it('needs every word: one missing word is no match', () => {
    expect(matchScore('carta residenza', cie)).toBe(0);
    expect(matchScore('carta residenza', residenza)).toBe(0);
    expect(matchScore('passaporto', cie)).toBe(0);
  });

  it('searches the keywords, the summary and the category as well as the title', () => {
    expect(matchScore('trasloco', residenza)).toBeGreaterThan(0);
    expect(matchScore('abitazione', residenza)).toBeGreaterThan(0);
    expect(matchScore('educazione', nido)).toBeGreaterThan(0);
  });

  it('matches everything for an empty query or one made of punctuation', () => {
    expect(matchScore('', cie)).toBeGreaterThan(0);
    expect(matchScore("  ' - ", residenza)).toBeGreaterThan(0);
  });
});

describe('matchScore: ranking', () => {
  const rank = (query: string, services: StoredService[]) =>
    services
      .map((service) => ({ title: service.summary.title, score: matchScore(query, service) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((entry) => entry.title);

  it('puts a word in the title before the same word in the keywords, and those before the summary', () => {
    const inTitle = saved({ title: 'Certificato di residenza' });
    const inKeywords = saved({ title: 'Carta di soggiorno', keywords: ['residenza'] });
    const inSummary = saved({ title: 'Iscrizione AIRE', summary: 'Per chi sposta la residenza all’estero.' });
    expect(rank('residenza', [inSummary, inKeywords, inTitle])).toEqual([
      'Certificato di residenza',
      'Carta di soggiorno',
      'Iscrizione AIRE',
    ]);
  });

  it('puts a whole word before a word it only starts, and that before a near miss', () => {
    const whole = saved({ title: 'Pagamento TARI' });
    const prefix = saved({ title: 'Tariffe dei parcheggi' });
    expect(rank('tari', [prefix, whole])).toEqual(['Pagamento TARI', 'Tariffe dei parcheggi']);

    const exact = saved({ title: 'Contrassegno disabili' });
    const nearMiss = saved({ title: 'Contrassegni per la sosta' });
    expect(matchScore('contrassegno', exact)).toBeGreaterThan(matchScore('contrassegno', nearMiss));
    expect(matchScore('contrassegno', nearMiss)).toBeGreaterThan(0);
  });

  it('ranks the CIE first for "carta identita" among the saved services', () => {
    const certificate = saved({ title: 'Certificato anagrafico', summary: "Con la carta d'identità o il passaporto." });
    expect(rank('carta identita', [residenza, certificate, nido, cie])).toEqual([
      cie.summary.title,
      'Certificato anagrafico',
    ]);
  });
});
