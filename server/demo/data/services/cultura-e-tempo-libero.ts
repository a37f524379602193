import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'iscrizione-alla-biblioteca-civica',
    organization: 'comune-di-valdoria',
    category: 'cultura-e-tempo-libero',
    lifeEvents: ['pensionamento'],
    offices: ['sportello-polifunzionale'],
    popularity: 510,
    content: {
      it: {
        title: 'Iscrizione alla biblioteca civica',
        summary:
          'Iscriversi gratuitamente alla biblioteca civica per prendere in prestito libri, film e audiolibri, leggere ebook e quotidiani online e usare il wi-fi delle sale studio.',
        description:
          'La tessera della Biblioteca civica di Valdoria dà accesso al prestito di libri, riviste, DVD e audiolibri, al prestito interbibliotecario con le biblioteche della rete provinciale e alla biblioteca digitale, dove puoi leggere ebook e quotidiani online.\n\nLa tessera è personale, gratuita e valida in tutte le biblioteche della rete provinciale. Con la tessera puoi usare anche le postazioni internet e il wi-fi delle sale studio.\n\nSi possono avere in prestito fino a 10 documenti alla volta: i libri per 30 giorni, rinnovabili una volta se nessuno li ha prenotati; DVD e riviste per 7 giorni.',
        audience:
          'Chiunque, residente o no, di qualsiasi età. I minori di 14 anni si iscrivono con la firma di un genitore o di chi ne fa le veci.',
        howTo:
          "- Compila la preiscrizione online dal catalogo della rete bibliotecaria, oppure vai direttamente in biblioteca o allo Sportello polifunzionale.\n- Presenta un documento di identità: l'operatore verifica i dati e completa l'iscrizione.\n- Ricevi la tessera e le credenziali per il catalogo online, con cui puoi prenotare e rinnovare i prestiti.\n- Per la biblioteca digitale, accedi con le stesse credenziali.",
        requirements:
          '- Documento di identità valido\n- Codice fiscale\n- Indirizzo email e numero di cellulare, per gli avvisi di disponibilità e di scadenza dei prestiti\n- Per i minori di 14 anni: documento del genitore e modulo di consenso firmato',
        outcome:
          'Ottieni la tessera della biblioteca e le credenziali personali per il catalogo online e per la biblioteca digitale.',
        timing:
          'La tessera viene rilasciata subito. Se hai fatto la preiscrizione online, hai 30 giorni per completarla in biblioteca. Le credenziali per la biblioteca digitale si attivano entro 24 ore.',
        cost: 'Gratuito.\n\nIl duplicato della tessera smarrita costa € 2,00. Per i ritardi nella restituzione non si pagano penali, ma il prestito è sospeso per un numero di giorni pari al ritardo.',
        access:
          'Puoi iscriverti alla Biblioteca civica di Valdoria, in Via Santo Stefano 14, dal martedì al sabato dalle 9:00 alle 19:00, oppure allo Sportello polifunzionale del cittadino su appuntamento.\n\nIl catalogo e la preiscrizione sono su biblioteche.valdoria.example.it.',
        moreInfo:
          '- Regolamento della Biblioteca civica, approvato con delibera del Consiglio comunale n. 42 del 2019\n- Manifesto IFLA-UNESCO per le biblioteche pubbliche\n- Regolamento (UE) 2016/679 (GDPR), per il trattamento dei dati personali degli iscritti',
        keywords: [
          'biblioteca',
          'tessera biblioteca',
          'prestito libri',
          'ebook',
          'prestito digitale',
          'iscrizione biblioteca',
        ],
      },
      en: {
        title: 'Joining the public library',
        summary:
          'Join the public library free of charge to borrow books, films and audiobooks, read e-books and newspapers online and use the wi-fi in the study rooms.',
        description:
          'The Valdoria Public Library card lets you borrow books, magazines, DVDs and audiobooks, use interlibrary loans with the libraries of the provincial network and access the digital library, where you can read e-books and newspapers online.\n\nThe card is personal, free and valid in all libraries of the provincial network. With it you can also use the internet terminals and the wi-fi in the study rooms.\n\nYou can borrow up to 10 items at a time: books for 30 days, renewable once if nobody has reserved them; DVDs and magazines for 7 days.',
        audience:
          'Anyone, resident or not, of any age. Children under 14 join with the signature of a parent or guardian.',
        howTo:
          "- Pre-register online from the library network catalogue, or go directly to the library or to the Citizens' one-stop desk.\n- Show an identity document: the librarian checks your details and completes the registration.\n- You receive the card and your credentials for the online catalogue, where you can reserve and renew loans.\n- Sign in to the digital library with the same credentials.",
        requirements:
          "- A valid identity document\n- Tax code\n- Email address and mobile number, for availability and due-date notices\n- For children under 14: a parent's identity document and a signed consent form",
        outcome:
          'You receive the library card and personal credentials for the online catalogue and the digital library.',
        timing:
          'The card is issued on the spot. If you pre-registered online, you have 30 days to complete the registration at the library. Digital library credentials are activated within 24 hours.',
        cost: 'Free of charge.\n\nA replacement for a lost card costs €2.00. There are no fines for late returns, but borrowing is suspended for as many days as the delay.',
        access:
          "You can join at the Valdoria Public Library, Via Santo Stefano 14, Tuesday to Saturday from 9:00 to 19:00, or at the Citizens' one-stop desk by appointment.\n\nThe catalogue and pre-registration are at biblioteche.valdoria.example.it.",
        moreInfo:
          "- Public Library regulation, approved by City Council resolution no. 42 of 2019\n- IFLA-UNESCO Public Library Manifesto\n- Regulation (EU) 2016/679 (GDPR), on the processing of members' personal data",
        keywords: ['library', 'library card', 'borrow books', 'e-books', 'digital lending', 'join the library'],
      },
    },
  },
  {
    slug: 'prenotazione-sale-e-spazi-comunali',
    organization: 'comune-di-valdoria',
    category: 'cultura-e-tempo-libero',
    lifeEvents: [],
    offices: ['sportello-polifunzionale'],
    popularity: 140,
    content: {
      it: {
        title: 'Prenotazione di sale e spazi comunali',
        summary:
          "Chiedere l'uso di una sala o di uno spazio comunale per riunioni, conferenze, mostre, corsi o iniziative culturali di associazioni, enti e privati.",
        description:
          "Il Comune di Valdoria concede in uso alcuni spazi per attività culturali, sociali, formative e ricreative:\n\n- Sala civica Le Fornaci, 99 posti, con impianto audio e proiettore\n- Auditorium dell'ex Filanda, 220 posti, con palco e regia\n- Sala riunioni di Palazzo Bentivoglio, 30 posti\n- Chiostro di San Domenico, spazio all'aperto disponibile da maggio a settembre, fino a 300 persone\n\nGli spazi non vengono concessi per attività commerciali o feste private.",
        audience:
          "Associazioni, comitati, enti del Terzo settore, scuole, enti pubblici, imprese e cittadini maggiorenni. Le associazioni iscritte all'albo comunale hanno tariffe ridotte.",
        howTo:
          "- Verifica sul calendario online la disponibilità della sala nella data che ti interessa.\n- Compila la domanda indicando sala, data, orari, tipo di iniziativa e numero di partecipanti previsti.\n- Invia la domanda online o consegnala allo Sportello polifunzionale almeno 15 giorni prima dell'evento (30 giorni per l'Auditorium).\n- Ricevuta la concessione, paga la tariffa e il deposito cauzionale con avviso pagoPA.\n- Concorda con l'ufficio cultura il sopralluogo e il ritiro delle chiavi.",
        requirements:
          "- Documento di identità del richiedente o del legale rappresentante\n- Programma dell'iniziativa\n- Per le associazioni: statuto e numero di iscrizione all'albo comunale o al RUNTS\n- Per eventi con più di 100 persone: nominativi del responsabile della sicurezza e degli addetti antincendio\n- Marca da bollo da € 16,00 sulla domanda, salvo esenzione per gli enti del Terzo settore",
        outcome:
          'Ottieni la concessione in uso della sala per le date e gli orari richiesti, con le condizioni di utilizzo e le indicazioni per il ritiro delle chiavi.',
        timing:
          "- Domanda: almeno 15 giorni prima dell'evento, 30 giorni per l'Auditorium dell'ex Filanda\n- Risposta del Comune: entro 10 giorni dalla domanda\n- Pagamento: entro 5 giorni prima dell'evento\n- Restituzione del deposito cauzionale: entro 30 giorni, dopo la verifica dello stato della sala",
        cost: "Tariffe per mezza giornata (fino a 5 ore) e per giornata intera, IVA inclusa:\n\n- Sala civica Le Fornaci: € 60,00 e € 100,00\n- Auditorium dell'ex Filanda: € 180,00 e € 300,00\n- Sala riunioni di Palazzo Bentivoglio: € 30,00 e € 50,00\n- Chiostro di San Domenico: € 120,00 e € 200,00\n\nLe associazioni iscritte all'albo comunale pagano il 50%; le iniziative con il patrocinio del Comune sono gratuite. Il deposito cauzionale è di € 150,00 (€ 300,00 per l'Auditorium).",
        access:
          'Puoi inviare la domanda online da questa pagina, accedendo con SPID o CIE, oppure prenotare un appuntamento allo Sportello polifunzionale del cittadino.',
        moreInfo:
          "- Regolamento per la concessione in uso di sale e spazi comunali, approvato con delibera del Consiglio comunale n. 18 del 2021\n- D.Lgs. 117/2017, Codice del Terzo settore, art. 82 (esenzione dall'imposta di bollo)\n- Per gli eventi di pubblico spettacolo serve anche la licenza prevista dal TULPS, R.D. 773/1931, artt. 68 e 80",
        keywords: [
          'sale comunali',
          'affitto sala',
          'prenotazione sala',
          'spazi per eventi',
          'auditorium',
          'sala riunioni',
        ],
      },
      en: {
        title: 'Booking municipal rooms and venues',
        summary:
          'Apply to use a municipal room or venue for meetings, conferences, exhibitions, courses or cultural events held by associations, organisations and private individuals.',
        description:
          'The Municipality of Valdoria lets out several venues for cultural, social, educational and recreational activities:\n\n- Le Fornaci civic hall, 99 seats, with sound system and projector\n- Ex Filanda auditorium, 220 seats, with stage and control room\n- Palazzo Bentivoglio meeting room, 30 seats\n- San Domenico cloister, an open-air venue available from May to September, for up to 300 people\n\nVenues are not let for commercial activities or private parties.',
        audience:
          'Associations, committees, third-sector organisations, schools, public bodies, businesses and adult residents. Associations listed in the municipal register pay reduced rates.',
        howTo:
          "- Check the online calendar to see whether the room is free on the date you want.\n- Fill in the application stating the room, date, times, type of event and expected number of participants.\n- Send the application online or hand it in at the Citizens' one-stop desk at least 15 days before the event (30 days for the Auditorium).\n- Once you receive the permit, pay the fee and the security deposit with a pagoPA notice.\n- Arrange the site visit and key collection with the culture office.",
        requirements:
          '- Identity document of the applicant or legal representative\n- Programme of the event\n- For associations: articles of association and registration number in the municipal register or in RUNTS\n- For events with more than 100 people: names of the safety manager and fire wardens\n- A €16.00 revenue stamp on the application, unless exempt as a third-sector organisation',
        outcome:
          'You receive a permit to use the room on the requested dates and times, with the conditions of use and instructions for collecting the keys.',
        timing:
          '- Application: at least 15 days before the event, 30 days for the Ex Filanda auditorium\n- Reply from the Municipality: within 10 days of the application\n- Payment: at least 5 days before the event\n- Refund of the security deposit: within 30 days, after the room has been inspected',
        cost: "Rates for half a day (up to 5 hours) and a full day, VAT included:\n\n- Le Fornaci civic hall: €60.00 and €100.00\n- Ex Filanda auditorium: €180.00 and €300.00\n- Palazzo Bentivoglio meeting room: €30.00 and €50.00\n- San Domenico cloister: €120.00 and €200.00\n\nAssociations in the municipal register pay 50%; events under the Municipality's patronage are free. The security deposit is €150.00 (€300.00 for the Auditorium).",
        access:
          "You can send the application online from this page, signing in with SPID or CIE, or book an appointment at the Citizens' one-stop desk.",
        moreInfo:
          '- Regulation on the use of municipal rooms and venues, approved by City Council resolution no. 18 of 2021\n- Legislative Decree 117/2017, Third Sector Code, art. 82 (stamp duty exemption)\n- Public entertainment events also need the licence required by the Consolidated Public Security Act (Royal Decree 773/1931, arts. 68 and 80)',
        keywords: ['municipal rooms', 'room hire', 'book a room', 'event venues', 'auditorium', 'meeting room'],
      },
    },
  },
];
