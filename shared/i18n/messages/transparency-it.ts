/**
 * Italian messages of the transparency pages: a part of the catalog loaded with those pages, so the home page
 * does not carry them. Same conventions as it.ts; transparency-en.ts must have exactly these keys.
 */
export const transparencyIt = {
  'transparency.title': 'Tempi di risposta',
  'transparency.intro':
    'Quanto tempo impiegano gli uffici a decidere sulle richieste presentate online, servizio per servizio, negli ultimi {days} giorni.',
  'transparency.organization': 'Ente',
  'transparency.show': 'Mostra',
  'transparency.noOrganizations': 'Non ci sono ancora enti di cui mostrare i tempi di risposta.',
  'transparency.period': '{organization}, dal {from} al {to}',
  'transparency.summary': 'In sintesi',
  'transparency.received': 'Richieste ricevute',
  'transparency.decided': 'Richieste decise',
  'transparency.median': 'Tempo mediano per decidere',
  'transparency.p90': 'Tempo entro cui si decide il 90% delle richieste',
  'transparency.within': 'Decise entro il termine di legge',
  'transparency.byService': 'Servizio per servizio',
  'transparency.caption': 'Tempi di risposta per servizio di {organization}, dal {from} al {to}',
  'transparency.col.service': 'Servizio',
  'transparency.col.deadline': 'Termine di legge',
  'transparency.col.received': 'Ricevute',
  'transparency.col.decided': 'Decise',
  'transparency.col.median': 'Tempo mediano',
  'transparency.col.p90': '90° percentile',
  'transparency.col.within': 'Decise entro il termine',
  'transparency.total': 'Totale',
  'transparency.noServices': 'Questo ente non ha ancora servizi che si possono richiedere online.',
  'transparency.dashNote': 'Il trattino «—» indica che nel periodo non è stata decisa nessuna richiesta.',
  'transparency.deadline.calendar.one': '{count} giorno di calendario',
  'transparency.deadline.calendar.other': '{count} giorni di calendario',
  'transparency.deadline.working.one': '{count} giorno lavorativo',
  'transparency.deadline.working.other': '{count} giorni lavorativi',
  'transparency.explain.title': 'Come leggere i dati',
  'transparency.explain.received': 'Le richieste presentate online nel periodo, qualunque sia il loro stato oggi.',
  'transparency.explain.decided':
    "Le richieste su cui l'ufficio ha deciso nel periodo, accogliendole o respingendole, anche se erano state presentate prima.",
  'transparency.explain.median':
    'I giorni trascorsi dalla presentazione alla decisione, contando anche quelli di sospensione: metà delle richieste decise ha avuto risposta in meno tempo, metà in più.',
  'transparency.explain.p90':
    'Nove richieste decise su dieci hanno avuto risposta entro questo tempo: dice quanto si può attendere nei casi più lenti.',
  'transparency.explain.within':
    'La quota delle decisioni arrivate entro il termine di legge del servizio, contato come spiegato qui sotto.',
  'transparency.explain.none':
    "Quando nel periodo non è stata decisa nessuna richiesta non c'è un tempo da calcolare: al posto del numero compare «—».",
  'transparency.law.title': 'Il termine di legge',
  'transparency.law.body':
    'Ogni procedimento deve concludersi con una decisione espressa entro un termine stabilito (art. 2, L. 241/1990); se non è fissato diversamente, il termine è di 30 giorni. La tabella indica il termine di ogni servizio, che si conta dal giorno dopo la presentazione.',
  'transparency.law.calendar':
    'Giorni di calendario: si contano tutti i giorni; se il termine cade di sabato, di domenica o in un giorno festivo, si sposta al primo giorno lavorativo successivo.',
  'transparency.law.working':
    'Giorni lavorativi: non si contano i sabati, le domeniche, le festività nazionali e la festa del santo patrono.',
  'transparency.law.suspension':
    "Quando l'ufficio chiede al cittadino informazioni o documenti che non possiede già, il termine è sospeso fino alla risposta (art. 2, comma 7, L. 241/1990): i giorni di attesa non contano.",
  'transparency.openData.title': 'Dati aperti',
  'transparency.openData.body':
    'Gli stessi dati, per tutti gli enti, sono disponibili in formato aperto, leggibile da fogli di calcolo e programmi.',
  'transparency.openData.csv': 'Scarica i dati in formato CSV',
  'transparency.openData.json': 'Scarica i dati in formato JSON',
  'transparency.openData.columns': 'Le colonne dei file',
  'transparency.openData.columnsIntro':
    "Il file CSV ha una riga per ogni servizio di ogni ente; il file JSON ha l'elenco delle colonne (columns) e un oggetto per riga (records) con gli stessi campi.",
  'transparency.openData.caption': 'Colonne dei file di dati aperti sui tempi di risposta',
  'transparency.openData.col.name': 'Colonna',
  'transparency.openData.col.meaning': 'Contenuto',
  'transparency.column.organization': "Codice dell'ente",
  'transparency.column.service': 'Codice del servizio',
  'transparency.column.service_title': 'Nome del servizio, in italiano',
  'transparency.column.window_from': 'Primo giorno del periodo (AAAA-MM-GG)',
  'transparency.column.window_to': 'Ultimo giorno del periodo (AAAA-MM-GG)',
  'transparency.column.received': 'Richieste ricevute nel periodo',
  'transparency.column.decided': 'Richieste decise nel periodo',
  'transparency.column.median_days':
    'Giorni dalla presentazione alla decisione, valore mediano con un decimale; vuoto (null in JSON) se nel periodo non ci sono decisioni',
  'transparency.column.p90_days':
    'Giorni entro cui è deciso il 90% delle richieste, con un decimale; vuoto (null in JSON) se nel periodo non ci sono decisioni',
  'transparency.column.within_deadline_share':
    'Quota delle decisioni entro il termine, da 0 a 1; vuoto (null in JSON) se nel periodo non ci sono decisioni',
  'transparency.column.deadline_days': 'Termine di legge del servizio, in giorni',
  'transparency.column.deadline_kind':
    'Come si contano i giorni del termine: calendar (di calendario) o working (lavorativi)',
} satisfies Record<string, string>;

export type TransparencyMessageKey = keyof typeof transparencyIt;
export type TransparencyMessages = Record<TransparencyMessageKey, string>;
