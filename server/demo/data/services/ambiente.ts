import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'ritiro-rifiuti-ingombranti',
    organization: 'comune-di-valdoria',
    category: 'ambiente',
    lifeEvents: ['cambio-di-residenza'],
    offices: ['sportello-polifunzionale'],
    popularity: 470,
    content: {
      it: {
        title: 'Ritiro rifiuti ingombranti',
        summary:
          'Prenotare il ritiro gratuito a domicilio di mobili, materassi, elettrodomestici e altri rifiuti ingombranti che non entrano nei contenitori della raccolta differenziata.',
        description:
          "Gli ingombranti sono i rifiuti domestici troppo grandi per i normali contenitori: mobili, divani, materassi, reti, biciclette, elettrodomestici grandi come frigoriferi e lavatrici, televisori e altri apparecchi elettrici ed elettronici (RAEE).\n\nIl gestore del servizio di igiene urbana li ritira gratuitamente davanti a casa, su prenotazione, e li avvia al recupero. In alternativa puoi portarli tu al Centro di raccolta comunale di Via del Lavoro 15, aperto dal lunedì al sabato.\n\nNon sono ingombranti e non vengono ritirati: calcinacci e materiali edili, pneumatici, eternit, vernici, batterie d'auto e rifiuti delle attività produttive.",
        audience:
          "Famiglie che pagano la TARI per un'abitazione a Valdoria. Le attività economiche devono rivolgersi a un operatore autorizzato.",
        howTo:
          "- Prenota online, indicando l'indirizzo e l'elenco degli oggetti da ritirare (massimo 5 pezzi per prenotazione).\n- Ricevi via email o SMS la data del ritiro.\n- La sera prima, o entro le 6:00 del giorno fissato, lascia gli oggetti a piano strada, davanti al tuo numero civico, senza ostacolare il passaggio di pedoni e veicoli.\n- Se cambi idea, annulla la prenotazione online entro le 12:00 del giorno precedente.",
        requirements:
          "- Codice fiscale dell'intestatario della TARI\n- Indirizzo del ritiro e un recapito telefonico\n- Elenco degli oggetti, con indicazione di quelli contenenti gas refrigeranti (frigoriferi, condizionatori)",
        outcome:
          "Gli oggetti vengono ritirati nel giorno concordato e avviati al recupero o allo smaltimento corretto. Ricevi una conferma dell'avvenuto ritiro.",
        timing:
          "Il ritiro avviene entro 10 giorni lavorativi dalla prenotazione.\n\nOgni nucleo familiare può prenotare fino a 4 ritiri gratuiti all'anno. Durante il mese di agosto il servizio è ridotto e i tempi possono allungarsi.",
        cost: "- Ritiro a piano strada: gratuito, fino a 4 volte all'anno\n- Ritiro al piano, all'interno dell'abitazione: € 30,00 per prenotazione, pagati con pagoPA\n- Conferimento al Centro di raccolta: gratuito",
        access:
          'Puoi prenotare online, con o senza SPID o CIE, oppure chiamando il numero verde del gestore dal lunedì al venerdì dalle 8:30 alle 17:00.\n\nAllo Sportello polifunzionale del cittadino un operatore può fare la prenotazione per te.',
        moreInfo:
          "- D.Lgs. 152/2006 (Codice dell'ambiente), parte IV, gestione dei rifiuti\n- D.Lgs. 49/2014, rifiuti di apparecchiature elettriche ed elettroniche (RAEE)\n- Regolamento comunale per la gestione dei rifiuti urbani\n\nL'abbandono di rifiuti su suolo pubblico è vietato e sanzionato dall'art. 255 del D.Lgs. 152/2006. Quando acquisti un nuovo elettrodomestico, il negozio è tenuto a ritirare gratuitamente quello vecchio equivalente (ritiro \"uno contro uno\").",
        keywords: ['ingombranti', 'ritiro mobili', 'raee', 'materassi', 'elettrodomestici', 'isola ecologica'],
      },
      en: {
        title: 'Bulky waste collection',
        summary:
          'Book the free kerbside collection of furniture, mattresses, appliances and other bulky waste that does not fit in the recycling bins.',
        description:
          'Bulky waste is household waste too large for normal bins: furniture, sofas, mattresses, bed bases, bicycles, large appliances such as fridges and washing machines, televisions and other electrical and electronic equipment (WEEE).\n\nThe waste collection contractor picks them up free of charge outside your home, by appointment, and sends them for recovery. Alternatively you can take them yourself to the municipal recycling centre at Via del Lavoro 15, open Monday to Saturday.\n\nThe following are not bulky waste and are not collected: rubble and building materials, tyres, asbestos, paint, car batteries and business waste.',
        audience: 'Households paying TARI for a home in Valdoria. Businesses must use an authorised waste operator.',
        howTo:
          '- Book online, giving the address and a list of the items to collect (up to 5 items per booking).\n- You receive the collection date by email or text message.\n- The evening before, or by 6:00 on the day, leave the items at street level in front of your door, without blocking pedestrians or vehicles.\n- If you change your mind, cancel the booking online by 12:00 the day before.',
        requirements:
          '- Tax code of the TARI account holder\n- Collection address and a phone number\n- List of items, noting those containing refrigerant gases (fridges, air conditioners)',
        outcome:
          'The items are collected on the agreed day and sent for recovery or proper disposal. You receive a confirmation of the collection.',
        timing:
          'Collection takes place within 10 working days of booking.\n\nEach household can book up to 4 free collections per year. In August the service is reduced and waiting times may be longer.',
        cost: '- Kerbside collection: free of charge, up to 4 times a year\n- Collection from inside your home: €30.00 per booking, paid with pagoPA\n- Drop-off at the recycling centre: free of charge',
        access:
          "You can book online, with or without SPID or CIE, or by calling the contractor's freephone number Monday to Friday from 8:30 to 17:00.\n\nAt the Citizens' one-stop desk a clerk can make the booking for you.",
        moreInfo:
          '- Legislative Decree 152/2006 (Environmental Code), part IV, waste management\n- Legislative Decree 49/2014, waste electrical and electronic equipment (WEEE)\n- Municipal regulation on municipal waste management\n\nDumping waste on public land is prohibited and punished under art. 255 of Legislative Decree 152/2006. When you buy a new appliance, the shop must take back your old equivalent one free of charge ("one-for-one" take-back).',
        keywords: [
          'bulky waste',
          'furniture collection',
          'weee',
          'mattress disposal',
          'old appliances',
          'recycling centre',
        ],
      },
    },
  },
  {
    slug: 'compostaggio-domestico',
    organization: 'comune-di-valdoria',
    category: 'ambiente',
    lifeEvents: ['acquisto-di-un-abitazione'],
    offices: ['ufficio-tributi', 'sportello-polifunzionale'],
    popularity: 150,
    content: {
      it: {
        title: 'Compostaggio domestico e riduzione TARI',
        summary:
          "Iscriversi all'albo dei compostatori per trasformare in compost gli scarti di cucina e del giardino, ottenere in comodato una compostiera e la riduzione del 20% sulla parte variabile della TARI.",
        description:
          "Il compostaggio domestico è la trasformazione degli scarti organici di cucina e del verde (bucce, fondi di caffè, foglie, erba tagliata) in un terriccio fertile, il compost, da usare nel proprio orto o giardino.\n\nChi lo pratica in modo continuativo non conferisce più l'organico al servizio di raccolta, riduce i costi del servizio e ha diritto a una riduzione della TARI. Il Comune mette a disposizione in comodato d'uso gratuito una compostiera da 310 litri, fino a esaurimento, e organizza ogni primavera un corso gratuito di due ore.\n\nSi può fare il compostaggio con la compostiera, in cumulo o in buca, purché a una distanza di almeno 2 metri dal confine con i vicini.",
        audience:
          "Utenze domestiche che pagano la TARI a Valdoria e dispongono di un giardino o di un orto di almeno 20 metri quadrati, di proprietà o in uso, vicino all'abitazione.",
        howTo:
          "- Presenta la domanda di iscrizione all'albo dei compostatori online, con SPID o CIE.\n- Indica se vuoi ricevere la compostiera in comodato o se ne usi già una tua.\n- Ritira la compostiera al Centro di raccolta di Via del Lavoro 15 e restituisci il contenitore marrone dell'organico.\n- Pratica il compostaggio tutto l'anno e accetta gli eventuali controlli a campione degli incaricati del Comune.\n- Se smetti, comunica la cancellazione dall'albo: la riduzione cessa dall'anno successivo.",
        requirements:
          "- Codice fiscale dell'intestatario della TARI\n- Disponibilità di un'area verde di almeno 20 mq, anche condominiale con il consenso dell'amministratore\n- Contenitore dell'organico da restituire",
        outcome:
          "Sei iscritto all'albo dei compostatori e ottieni la riduzione del 20% della parte variabile della TARI, applicata direttamente negli avvisi di pagamento.",
        timing:
          "La domanda presentata entro il 31 gennaio dà diritto alla riduzione per l'anno in corso; quella presentata dopo vale dall'anno successivo.\n\nL'iscrizione si rinnova automaticamente ogni anno. Se un controllo accerta che il compostaggio non viene praticato, la riduzione viene revocata per l'intero anno e la TARI ricalcolata.",
        cost: 'Gratuito. Anche la compostiera e il corso sono gratuiti.',
        access:
          "Puoi presentare la domanda online con SPID o CIE, oppure allo Sportello polifunzionale del cittadino o all'Ufficio tributi, su appuntamento.",
        moreInfo:
          "- D.Lgs. 152/2006 (Codice dell'ambiente), art. 183, comma 1, lettera e), definizione di autocompostaggio\n- L. 147/2013, art. 1, comma 658, riduzioni TARI per le utenze domestiche\n- Regolamento comunale per l'applicazione della TARI\n\nNella compostiera puoi mettere scarti di frutta e verdura, fondi di caffè, gusci d'uovo, foglie e sfalci; evita carne, pesce, ossa e lettiere sintetiche degli animali.",
        keywords: ['compostaggio', 'compostiera', 'riduzione tari', 'sconto tari', 'albo compostatori', 'umido'],
      },
      en: {
        title: 'Home composting and TARI reduction',
        summary:
          'Join the home composters register to turn kitchen and garden scraps into compost, borrow a compost bin and get a 20% reduction on the variable part of TARI.',
        description:
          "Home composting turns organic kitchen and garden scraps (peelings, coffee grounds, leaves, grass cuttings) into fertile soil, compost, for your own vegetable patch or garden.\n\nPeople who compost regularly no longer put food waste out for collection, reduce the cost of the service and are entitled to a TARI reduction. The Municipality lends a 310-litre compost bin free of charge, while stocks last, and runs a free two-hour course every spring.\n\nYou can compost in a bin, in a heap or in a pit, as long as it is at least 2 metres from your neighbours' boundary.",
        audience:
          'Households paying TARI in Valdoria with a garden or vegetable patch of at least 20 square metres, owned or used by them, near their home.',
        howTo:
          "- Apply online to join the home composters register, with SPID or CIE.\n- State whether you want to borrow a compost bin or already use your own.\n- Collect the bin at the recycling centre at Via del Lavoro 15 and return the brown food waste bin.\n- Compost all year round and allow random checks by the Municipality's inspectors.\n- If you stop, ask to be removed from the register: the reduction ends from the following year.",
        requirements:
          "- Tax code of the TARI account holder\n- A green area of at least 20 m², including a shared condominium garden with the administrator's consent\n- The food waste bin, to be returned",
        outcome:
          'You are entered in the home composters register and get a 20% reduction on the variable part of TARI, applied directly to your payment notices.',
        timing:
          'Applications submitted by 31 January give the reduction for the current year; later applications count from the following year.\n\nRegistration renews automatically every year. If a check finds that you are not composting, the reduction is withdrawn for the whole year and TARI is recalculated.',
        cost: 'Free of charge. The compost bin and the course are also free.',
        access:
          "You can apply online with SPID or CIE, or at the Citizens' one-stop desk or the local tax office, by appointment.",
        moreInfo:
          '- Legislative Decree 152/2006 (Environmental Code), art. 183, paragraph 1(e), definition of self-composting\n- Law 147/2013, art. 1, paragraph 658, TARI reductions for households\n- Municipal TARI regulation\n\nYou can put fruit and vegetable scraps, coffee grounds, eggshells, leaves and grass cuttings in the bin; avoid meat, fish, bones and synthetic pet litter.',
        keywords: ['composting', 'compost bin', 'tari reduction', 'waste tax discount', 'food waste', 'garden waste'],
      },
    },
  },
];
