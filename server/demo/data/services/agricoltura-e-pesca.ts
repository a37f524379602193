import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'licenza-di-pesca',
    organization: 'agenzia-regionale-lavoro',
    category: 'agricoltura-e-pesca',
    lifeEvents: [],
    offices: ['sportello-agricoltura'],
    popularity: 280,
    content: {
      it: {
        title: 'Licenza di pesca nelle acque interne',
        summary:
          'Ottenere la licenza per pescare in fiumi, torrenti e laghi della regione, sportiva o professionale, pagando online la tassa di concessione regionale.',
        description:
          'Per pescare nelle acque interne (fiumi, torrenti, canali, laghi) serve la licenza di pesca. Per la pesca sportiva e ricreativa la licenza coincide con la ricevuta del versamento della tassa di concessione regionale, da portare con sé insieme a un documento di identità.\n\nEsistono tre tipi di licenza:\n\n- Tipo A, per i pescatori professionisti iscritti come imprenditori ittici\n- Tipo B, per la pesca sportiva e ricreativa dei residenti in Italia\n- Tipo D, per la pesca sportiva dei cittadini stranieri non residenti, valida tre mesi\n\nNelle zone a regolamento specifico e nelle acque a salmonidi serve anche il tesserino segnacatture, gratuito, su cui annotare i pesci trattenuti.',
        audience:
          'Chi vuole pescare nelle acque interne della regione. Non serve la licenza ai minori di 14 anni accompagnati da un adulto con licenza e a chi ha compiuto 70 anni, che deve però avere con sé un documento di identità.',
        howTo:
          "- Accedi al portale dei pagamenti regionali con SPID o CIE, oppure senza autenticazione inserendo i tuoi dati.\n- Scegli il tipo di licenza e paga la tassa con pagoPA.\n- Scarica e stampa la ricevuta, oppure conservala sullo smartphone: vale come licenza.\n- Se peschi in acque a salmonidi, richiedi il tesserino segnacatture online o allo Sportello agricoltura e pesca.\n- Per la licenza di tipo A presenta la domanda allo sportello con l'iscrizione come imprenditore ittico.",
        requirements:
          '- Documento di identità e codice fiscale\n- Per il tipo A: iscrizione al registro delle imprese come imprenditore ittico e posizione previdenziale\n- Per il tipo D: passaporto o documento di identità estero',
        outcome:
          'Ottieni la licenza di pesca, costituita dalla ricevuta del versamento, che ti permette di pescare nel rispetto del calendario, delle misure minime e dei limiti di cattura fissati dal regolamento regionale.',
        timing:
          "La licenza di tipo B è valida subito dopo il pagamento e dura un anno dalla data del versamento. Il tipo D dura tre mesi.\n\nLa licenza di tipo A viene rilasciata entro 30 giorni dalla domanda, dura sei anni ma la tassa va pagata ogni anno.\n\nIl tesserino segnacatture vale per l'anno solare e va restituito entro il 31 gennaio dell'anno successivo.",
        cost: "- Tipo A, professionale: € 34,00 all'anno\n- Tipo B, sportiva: € 22,00 all'anno\n- Tipo D, stranieri non residenti: € 12,00 per tre mesi\n- Tesserino segnacatture: gratuito\n\nIl pagamento si effettua con pagoPA.",
        access:
          'Il pagamento e il tesserino segnacatture sono disponibili online, con o senza SPID o CIE.\n\nPer la licenza professionale e per assistenza puoi rivolgerti allo Sportello agricoltura e pesca di Via Emilia Levante 210.',
        moreInfo:
          "- R.D. 1604/1931, Testo unico delle leggi sulla pesca\n- Legge regionale sulla tutela della fauna ittica e sull'esercizio della pesca nelle acque interne e relativo regolamento\n- Calendario ittico regionale, pubblicato ogni anno entro il 31 dicembre\n\nPer la pesca sportiva in mare non serve la licenza, ma una comunicazione gratuita al Ministero dell'agricoltura, della sovranità alimentare e delle foreste.",
        keywords: ['licenza di pesca', 'pesca sportiva', 'tassa pesca', 'permesso pesca', 'tesserino segnacatture'],
      },
      en: {
        title: 'Inland fishing licence',
        summary:
          'Get a licence to fish in the rivers, streams and lakes of the region, for sport or professionally, by paying the regional licence fee online.',
        description:
          'To fish in inland waters (rivers, streams, canals, lakes) you need a fishing licence. For sport and recreational fishing the licence is the receipt for payment of the regional licence fee, which you carry together with an identity document.\n\nThere are three types of licence:\n\n- Type A, for professional fishers registered as fishing businesses\n- Type B, for sport and recreational fishing by residents of Italy\n- Type D, for sport fishing by non-resident foreign nationals, valid for three months\n\nIn special-regulation zones and trout waters you also need a free catch record card, on which you note the fish you keep.',
        audience:
          'Anyone who wants to fish in the inland waters of the region. No licence is needed for children under 14 accompanied by a licensed adult or for people aged 70 or over, who must however carry an identity document.',
        howTo:
          '- Go to the regional payments portal and sign in with SPID or CIE, or continue without signing in by entering your details.\n- Choose the type of licence and pay the fee with pagoPA.\n- Download and print the receipt, or keep it on your smartphone: it is your licence.\n- If you fish in trout waters, request the catch record card online or at the Agriculture and fishing desk.\n- For a type A licence, apply at the desk with your registration as a fishing business.',
        requirements:
          '- Identity document and tax code\n- For type A: registration in the business register as a fishing business and social security registration\n- For type D: passport or foreign identity document',
        outcome:
          'You get your fishing licence, in the form of the payment receipt, which lets you fish in line with the seasons, minimum sizes and catch limits set by the regional regulation.',
        timing:
          'A type B licence is valid as soon as you pay and lasts one year from the payment date. Type D lasts three months.\n\nA type A licence is issued within 30 days of the application and lasts six years, but the fee must be paid every year.\n\nThe catch record card is valid for the calendar year and must be returned by 31 January of the following year.',
        cost: '- Type A, professional: €34.00 per year\n- Type B, sport: €22.00 per year\n- Type D, non-resident foreign nationals: €12.00 for three months\n- Catch record card: free of charge\n\nPayment is made with pagoPA.',
        access:
          'Payment and the catch record card are available online, with or without SPID or CIE.\n\nFor professional licences and help, go to the Agriculture and fishing desk at Via Emilia Levante 210.',
        moreInfo:
          '- Royal Decree 1604/1931, Consolidated Act on fishing\n- Regional law on the protection of fish stocks and fishing in inland waters, and its implementing regulation\n- Regional fishing calendar, published every year by 31 December\n\nSea angling does not require a licence, only a free notification to the Ministry of Agriculture, Food Sovereignty and Forests.',
        keywords: ['fishing licence', 'fishing permit', 'angling licence', 'freshwater fishing', 'catch record card'],
      },
    },
  },
  {
    slug: 'contributi-giovani-agricoltori',
    organization: 'agenzia-regionale-lavoro',
    category: 'agricoltura-e-pesca',
    lifeEvents: ['avvio-di-un-attivita', 'ricerca-di-lavoro'],
    offices: ['sportello-agricoltura'],
    popularity: 140,
    content: {
      it: {
        title: 'Premio di primo insediamento per giovani agricoltori',
        summary:
          "Contributo a fondo perduto per chi ha meno di 41 anni e avvia per la prima volta un'azienda agricola come capo azienda, finanziato dalla Politica agricola comune 2023-2027.",
        description:
          "Il premio di primo insediamento (intervento SRE01 del Complemento regionale per lo sviluppo rurale 2023-2027) sostiene il ricambio generazionale in agricoltura. È un contributo forfettario, non un rimborso di spese, concesso a chi si insedia per la prima volta come titolare o legale rappresentante di un'azienda agricola.\n\nIl premio base è di € 50.000,00 ed è aumentato a € 60.000,00 per le aziende con sede in zona montana. Il giovane presenta un piano aziendale che descrive gli investimenti e gli obiettivi di sviluppo dell'azienda nei successivi tre anni.\n\nIl premio può essere chiesto insieme al contributo per gli investimenti nelle aziende agricole, con punteggio di priorità.",
        audience:
          "Giovani che alla data della domanda hanno compiuto 18 anni e non ancora 41, che si insediano per la prima volta in un'azienda agricola nel territorio regionale come capo azienda, da non più di 12 mesi.",
        howTo:
          "- Costituisci o aggiorna il fascicolo aziendale presso un Centro di assistenza agricola (CAA).\n- Prepara il piano aziendale, anche con l'aiuto di un tecnico o dello Sportello agricoltura e pesca.\n- Presenta la domanda di sostegno sul portale regionale dell'agricoltura, entro la scadenza del bando.\n- Dopo la pubblicazione della graduatoria, ricevi l'atto di concessione e la prima rata del premio.\n- Realizza il piano aziendale e presenta la domanda di saldo con la documentazione finale.",
        requirements:
          "- Fascicolo aziendale aggiornato nel Sistema informativo agricolo nazionale (SIAN)\n- Partita IVA agricola e iscrizione al registro delle imprese\n- Iscrizione all'INPS come coltivatore diretto o imprenditore agricolo professionale\n- Capacità professionale: titolo di studio in ambito agrario, oppure corso di formazione di almeno 150 ore, oppure tre anni di esperienza documentata in agricoltura\n- Piano aziendale redatto secondo il modello del bando\n- Marca da bollo da € 16,00",
        outcome:
          'Se la domanda è ammessa ottieni il premio di primo insediamento, pagato in due rate: il 70% alla concessione e il 30% a saldo, dopo la verifica della realizzazione del piano aziendale.',
        timing:
          "Le domande si presentano nei periodi indicati dai bandi regionali, di norma uno all'anno con apertura in primavera.\n\n- Graduatoria: entro 90 giorni dalla chiusura del bando\n- Prima rata: entro 60 giorni dalla concessione\n- Completamento del piano aziendale: entro 36 mesi dalla concessione\n\nIl beneficiario deve condurre l'azienda per almeno 5 anni dalla concessione, pena la restituzione del premio.",
        cost: "La domanda richiede una marca da bollo da € 16,00. La presentazione tramite il portale regionale è gratuita; l'assistenza del CAA può avere un costo.",
        access:
          "La domanda si presenta online sul portale regionale dell'agricoltura, con SPID o CIE, direttamente o tramite un CAA delegato.\n\nPer informazioni sui requisiti e sul piano aziendale puoi prenotare un appuntamento allo Sportello agricoltura e pesca.",
        moreInfo:
          "- Regolamento (UE) 2021/2115, art. 75, insediamento dei giovani agricoltori\n- Piano strategico nazionale della PAC 2023-2027\n- Complemento regionale per lo sviluppo rurale 2023-2027, intervento SRE01\n- D.Lgs. 99/2004, imprenditore agricolo professionale\n\nI bandi aperti e le graduatorie sono pubblicati sul portale regionale dell'agricoltura.",
        keywords: [
          'giovani agricoltori',
          'primo insediamento',
          'contributi agricoltura',
          'psr',
          'pac',
          'bando agricoltura',
        ],
      },
      en: {
        title: 'Start-up grant for young farmers',
        summary:
          'Non-repayable grant for people under 41 setting up a farm for the first time as head of the holding, funded by the Common Agricultural Policy 2023-2027.',
        description:
          'The start-up grant for young farmers (measure SRE01 of the regional rural development complement 2023-2027) supports generational renewal in farming. It is a lump sum, not a refund of expenses, granted to people setting up for the first time as owner or legal representative of a farm.\n\nThe basic grant is €50,000.00, increased to €60,000.00 for farms based in mountain areas. The young farmer submits a business plan describing the investments and development goals of the farm for the next three years.\n\nThe grant can be applied for together with the farm investment grant, with priority points.',
        audience:
          'Young people who, on the application date, are aged at least 18 but not yet 41, setting up for the first time as head of a farm in the region, no more than 12 months earlier.',
        howTo:
          '- Create or update your farm file at an agricultural assistance centre (CAA).\n- Prepare the business plan, with help from an adviser or the Agriculture and fishing desk if you wish.\n- Submit the application on the regional agriculture portal before the call closes.\n- Once the ranking is published, you receive the grant decision and the first instalment.\n- Carry out the business plan and submit the final payment claim with the closing documents.',
        requirements:
          '- Up-to-date farm file in the national agricultural information system (SIAN)\n- Farm VAT number and registration in the business register\n- INPS registration as a self-employed farmer or professional agricultural entrepreneur\n- Professional skills: an agricultural qualification, or a training course of at least 150 hours, or three years of documented farming experience\n- Business plan following the model in the call\n- €16.00 revenue stamp',
        outcome:
          'If your application is approved you receive the start-up grant, paid in two instalments: 70% on approval and 30% as a balance, after checking that the business plan has been carried out.',
        timing:
          'Applications are submitted during the periods set by regional calls, usually one a year opening in spring.\n\n- Ranking: within 90 days of the call closing\n- First instalment: within 60 days of approval\n- Business plan completed: within 36 months of approval\n\nThe beneficiary must run the farm for at least 5 years from approval, or the grant must be repaid.',
        cost: 'The application requires a €16.00 revenue stamp. Submitting through the regional portal is free; CAA assistance may be charged.',
        access:
          'Applications are submitted online on the regional agriculture portal, with SPID or CIE, directly or through an authorised CAA.\n\nFor information on requirements and the business plan you can book an appointment at the Agriculture and fishing desk.',
        moreInfo:
          '- Regulation (EU) 2021/2115, art. 75, setting-up of young farmers\n- National CAP Strategic Plan 2023-2027\n- Regional rural development complement 2023-2027, measure SRE01\n- Legislative Decree 99/2004, professional agricultural entrepreneur\n\nOpen calls and rankings are published on the regional agriculture portal.',
        keywords: [
          'young farmers',
          'farm start-up grant',
          'agriculture grant',
          'cap',
          'rural development',
          'farming subsidy',
        ],
      },
    },
  },
];
