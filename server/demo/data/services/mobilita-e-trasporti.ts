import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'permesso-accesso-ztl',
    organization: 'comune-di-valdoria',
    category: 'mobilita-e-trasporti',
    lifeEvents: ['guida-di-un-veicolo', 'cambio-di-residenza'],
    offices: ['comando-polizia-locale'],
    popularity: 700,
    content: {
      it: {
        title: 'Permesso di accesso alla ZTL',
        summary:
          'Richiedere il permesso per entrare e circolare con il proprio veicolo nella Zona a traffico limitato del centro storico di Valdoria, controllata dai varchi elettronici.',
        description:
          'La Zona a traffico limitato (ZTL) del centro storico di Valdoria è attiva dal lunedì al sabato dalle 7:30 alle 19:30. I sei varchi elettronici registrano la targa di ogni veicolo che entra: chi non ha un permesso valido riceve una sanzione.\n\nIl permesso non è un contrassegno da esporre: è un\'autorizzazione digitale legata alla targa, che viene inserita nella cosiddetta "lista bianca" dei varchi. Puoi indicare fino a due targhe per permesso, ma può entrare un solo veicolo alla volta.\n\nI veicoli elettrici possono essere iscritti gratuitamente alla lista bianca. Per le persone con disabilità vale il contrassegno CUDE, con una procedura dedicata.',
        audience:
          "- Residenti e dimoranti nella ZTL\n- Proprietari o affittuari di un garage o di un posto auto all'interno della ZTL\n- Titolari di attività commerciali, artigianali e professionali con sede nella ZTL, per carico e scarico merci\n- Medici e operatori sanitari che effettuano visite domiciliari\n- Ospiti delle strutture ricettive del centro, con permesso temporaneo comunicato dalla struttura",
        howTo:
          "- Accedi al servizio online con SPID o CIE e scegli la categoria di permesso.\n- Inserisci la targa (o le due targhe) e allega i documenti richiesti.\n- Paga il costo del permesso e la marca da bollo con l'avviso pagoPA generato al termine della domanda.\n- Attendi l'esito: riceverai una email quando la targa sarà inserita nella lista bianca.\n- Per un accesso occasionale non autorizzato in anticipo (ad esempio per raggiungere un albergo), comunica la targa alla Polizia locale entro 48 ore dal transito.",
        requirements:
          "- Documento di identità e codice fiscale\n- Carta di circolazione del veicolo\n- Se il veicolo non è intestato a te: contratto di leasing o noleggio a lungo termine, oppure dichiarazione dell'azienda che ti affida l'auto in uso esclusivo\n- Per garage e posti auto: atto di proprietà o contratto di affitto registrato\n- Per le attività: visura camerale e descrizione delle esigenze di carico e scarico",
        outcome:
          'Ottieni il permesso digitale di accesso alla ZTL, associato alla targa, consultabile nella tua area personale. Da quel momento i varchi non registrano più il passaggio come infrazione.',
        timing:
          'Il permesso è attivato entro 10 giorni lavorativi dalla domanda completa; il termine massimo del procedimento è di 30 giorni.\n\nI permessi per residenti e garage valgono 2 anni, quelli per le attività 1 anno. Puoi chiedere il rinnovo a partire da 30 giorni prima della scadenza: il sistema ti invia un promemoria via email.',
        cost: "- Residenti e dimoranti: € 30,00 per due anni\n- Garage e posti auto: € 50,00 per due anni\n- Attività economiche: € 80,00 all'anno\n- Permesso giornaliero: € 5,00\n- Marca da bollo da € 16,00 sulla domanda, pagata online con pagoPA\n\nL'iscrizione dei veicoli elettrici è gratuita.",
        access:
          "Puoi presentare la domanda online, accedendo con SPID o CIE, e pagare con pagoPA.\n\nSe hai bisogno di aiuto, puoi prenotare un appuntamento all'Ufficio permessi del Comando di Polizia locale, in Viale dei Mille 58.",
        moreInfo:
          '- D.Lgs. 285/1992 (Codice della strada), art. 7, commi 9 e 14\n- D.P.R. 250/1999, regolamento sugli impianti per la rilevazione degli accessi nelle ZTL\n- L. 241/1990, sul procedimento amministrativo\n- Regolamento comunale della Zona a traffico limitato\n\nChi entra senza permesso negli orari di attivazione riceve una sanzione da € 83,00 a € 332,00 per ogni passaggio.',
        keywords: ['ztl', 'zona a traffico limitato', 'permesso ztl', 'varco', 'centro storico', 'lista bianca'],
      },
      en: {
        title: 'Limited traffic zone (ZTL) access permit',
        summary:
          'Apply for the permit to drive your vehicle into the limited traffic zone of the historic centre of Valdoria, which is monitored by electronic gates.',
        description:
          'The limited traffic zone (ZTL) of the historic centre of Valdoria is active Monday to Saturday from 7:30 to 19:30. Its six electronic gates record the number plate of every vehicle that enters: anyone without a valid permit is fined.\n\nThe permit is not a sticker to display: it is a digital authorisation linked to your number plate, which is added to the gates\' "white list". You can register up to two number plates per permit, but only one vehicle can be in the zone at a time.\n\nElectric vehicles can be added to the white list free of charge. People with disabilities use the CUDE parking badge, which has its own procedure.',
        audience:
          '- Residents and people living in the ZTL\n- Owners or tenants of a garage or parking space inside the ZTL\n- Shops, craft businesses and professional firms based in the ZTL, for loading and unloading goods\n- Doctors and healthcare workers making home visits\n- Guests of hotels and guest houses in the centre, with a temporary permit notified by the accommodation',
        howTo:
          '- Sign in to the online service with SPID or CIE and choose the permit category.\n- Enter the number plate (or both plates) and attach the required documents.\n- Pay the permit fee and the revenue stamp with the pagoPA notice generated at the end of the application.\n- Wait for the outcome: you will get an email when the plate has been added to the white list.\n- For an occasional entry that was not authorised in advance (for example to reach a hotel), notify the Local Police of the plate within 48 hours of passing the gate.',
        requirements:
          '- Identity document and tax code\n- Vehicle registration certificate\n- If the vehicle is not registered in your name: the leasing or long-term rental contract, or a statement from the company that gives you exclusive use of the car\n- For garages and parking spaces: title deed or registered rental contract\n- For businesses: Chamber of Commerce company record and a description of your loading and unloading needs',
        outcome:
          'You receive the digital ZTL access permit, linked to your number plate and visible in your personal area. From then on the gates no longer record your entries as offences.',
        timing:
          'The permit is activated within 10 working days of a complete application; the maximum time allowed for the procedure is 30 days.\n\nPermits for residents and garages last 2 years, permits for businesses 1 year. You can renew from 30 days before expiry: the system sends you an email reminder.',
        cost: '- Residents: €30.00 for two years\n- Garages and parking spaces: €50.00 for two years\n- Businesses: €80.00 per year\n- Daily permit: €5.00\n- €16.00 revenue stamp on the application, paid online with pagoPA\n\nRegistering an electric vehicle is free of charge.',
        access:
          'You can apply online, signing in with SPID or CIE, and pay with pagoPA.\n\nIf you need help, you can book an appointment at the permits office of the Local Police headquarters, Viale dei Mille 58.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), art. 7, paragraphs 9 and 14\n- Presidential Decree 250/1999, on systems recording access to limited traffic zones\n- Law 241/1990, on administrative procedure\n- Municipal regulation on the limited traffic zone\n\nDriving into the zone without a permit while it is active is fined €83.00 to €332.00 for each entry.',
        keywords: ['ztl', 'limited traffic zone', 'ztl permit', 'traffic gate', 'historic centre access', 'white list'],
      },
    },
  },
  {
    slug: 'contrassegno-disabili',
    organization: 'comune-di-valdoria',
    category: 'mobilita-e-trasporti',
    lifeEvents: ['guida-di-un-veicolo', 'cura-della-salute'],
    offices: ['comando-polizia-locale', 'sportello-polifunzionale'],
    popularity: 320,
    content: {
      it: {
        title: 'Contrassegno per persone con disabilità (CUDE)',
        summary:
          'Richiedere il Contrassegno unificato disabili europeo (CUDE), che permette di sostare negli spazi riservati e di entrare nelle ZTL con il veicolo che trasporta la persona con disabilità.',
        description:
          "Il Contrassegno unificato disabili europeo (CUDE) è personale: è intestato alla persona con disabilità e non al veicolo, quindi può essere usato su qualsiasi auto che la trasporta, anche se non è lei a guidare. Va esposto in originale sul parabrezza.\n\nIl contrassegno permette di sostare negli stalli riservati, di circolare nelle zone a traffico limitato e nelle corsie preferenziali aperte ai taxi e, a Valdoria, di sostare gratuitamente sulle strisce blu quando gli stalli riservati sono occupati. È valido in tutti i Paesi dell'Unione europea.\n\nIl contrassegno può essere permanente (validità 5 anni) o temporaneo, per una invalidità di durata limitata.",
        audience:
          "Persone residenti a Valdoria con capacità di deambulazione impedita o sensibilmente ridotta, accertata dall'Ufficio medico-legale dell'ASL, e persone non vedenti.",
        howTo:
          "- Prenota la visita all'Ufficio medico-legale dell'ASL per ottenere il certificato, se non è già riportato nel verbale di invalidità.\n- Presenta la domanda online con SPID o CIE oppure allo Sportello polifunzionale, allegando il certificato e una fototessera.\n- Ritira il contrassegno al Comando di Polizia locale, di persona o tramite un delegato.\n- Se vuoi entrare nelle ZTL di altri Comuni senza comunicare ogni volta la targa, chiedi l'iscrizione delle targhe (massimo due) alla Piattaforma unica nazionale CUDE.",
        requirements:
          "- Certificato dell'Ufficio medico-legale dell'ASL che attesta la ridotta capacità di deambulazione, oppure verbale della commissione di invalidità che riporta i requisiti per il contrassegno\n- Una fototessera recente\n- Documento di identità della persona con disabilità o del suo tutore\n- Per il rinnovo del contrassegno permanente: certificato del medico di base che conferma il persistere delle condizioni\n- Il vecchio contrassegno, in caso di rinnovo",
        outcome:
          'Ricevi il contrassegno CUDE con la tua fotografia sul retro. Se lo hai chiesto, le targhe indicate vengono iscritte nella Piattaforma unica nazionale, che le comunica ai varchi ZTL di tutti i Comuni aderenti.',
        timing:
          'Il contrassegno è pronto entro 15 giorni dalla domanda completa.\n\nIl contrassegno permanente vale 5 anni; quello temporaneo vale per il periodo indicato nel certificato medico. Il rinnovo va chiesto prima della scadenza: il contrassegno scaduto non è più valido e va restituito.\n\nIn caso di decesso del titolare il contrassegno va restituito entro 30 giorni.',
        cost: "Il rilascio del contrassegno è gratuito e la domanda è esente dall'imposta di bollo.\n\nLa visita all'Ufficio medico-legale dell'ASL può prevedere il pagamento di una tariffa, salvo esenzione.",
        access:
          'Puoi presentare la domanda online con SPID o CIE, oppure allo Sportello polifunzionale del cittadino senza appuntamento nei giorni di apertura. Il ritiro è al Comando di Polizia locale.',
        moreInfo:
          "- D.Lgs. 285/1992 (Codice della strada), art. 188\n- D.P.R. 495/1992, regolamento del Codice della strada, art. 381\n- D.P.R. 151/2012, che introduce il contrassegno europeo\n- Decreto del Ministero delle infrastrutture 5 luglio 2021, Piattaforma unica nazionale CUDE\n\nL'uso del contrassegno quando la persona con disabilità non è a bordo è sanzionato e comporta il ritiro del contrassegno.",
        keywords: ['contrassegno disabili', 'CUDE', 'pass invalidi', 'parcheggio disabili', 'tagliando disabili'],
      },
      en: {
        title: 'Parking badge for people with disabilities (CUDE)',
        summary:
          'Apply for the European disability parking badge (CUDE), which lets the vehicle carrying a person with a disability park in reserved spaces and enter limited traffic zones.',
        description:
          'The European disability parking badge (CUDE) is personal: it belongs to the person with a disability, not to a vehicle, so it can be used in any car carrying them, even if they are not driving. The original must be displayed on the windscreen.\n\nThe badge lets you park in reserved bays, drive in limited traffic zones and in bus lanes open to taxis and, in Valdoria, park for free on blue-line spaces when the reserved bays are taken. It is valid in all European Union countries.\n\nThe badge can be permanent (valid for 5 years) or temporary, for a disability of limited duration.',
        audience:
          'Valdoria residents whose ability to walk is impaired or significantly reduced, as assessed by the Local Health Authority forensic medicine office, and people who are blind.',
        howTo:
          "- Book an assessment at the Local Health Authority forensic medicine office to obtain the certificate, unless it is already stated in your disability assessment report.\n- Apply online with SPID or CIE or at the one-stop desk, attaching the certificate and a passport photo.\n- Collect the badge at the Local Police headquarters, in person or through a delegate.\n- If you want to enter other towns' ZTLs without notifying the plate every time, ask for your number plates (two at most) to be registered on the national CUDE platform.",
        requirements:
          '- Certificate from the Local Health Authority forensic medicine office stating your reduced ability to walk, or a disability assessment report that mentions the requirements for the badge\n- A recent passport photo\n- Identity document of the person with a disability or of their guardian\n- To renew a permanent badge: a certificate from your GP confirming that the condition persists\n- The old badge, if you are renewing',
        outcome:
          'You receive the CUDE badge with your photo on the back. If you asked for it, the plates you gave are registered on the national platform, which passes them on to the ZTL gates of all participating towns.',
        timing:
          'The badge is ready within 15 days of a complete application.\n\nA permanent badge lasts 5 years; a temporary one lasts for the period stated in the medical certificate. Renew it before it expires: an expired badge is no longer valid and must be returned.\n\nIf the holder dies, the badge must be returned within 30 days.',
        cost: 'The badge is free of charge and the application is exempt from stamp duty.\n\nThe assessment at the Local Health Authority forensic medicine office may be subject to a fee, unless you are exempt.',
        access:
          "You can apply online with SPID or CIE, or at the Citizens' one-stop desk without an appointment during opening hours. The badge is collected at the Local Police headquarters.",
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), art. 188\n- Presidential Decree 495/1992, Highway Code implementing regulation, art. 381\n- Presidential Decree 151/2012, which introduced the European badge\n- Decree of the Ministry of Infrastructure of 5 July 2021, national CUDE platform\n\nUsing the badge when the person with a disability is not on board is fined and the badge is withdrawn.',
        keywords: ['disabled parking badge', 'blue badge', 'CUDE', 'disability parking permit', 'accessible parking'],
      },
    },
  },
  {
    slug: 'abbonamento-sosta-residenti',
    organization: 'comune-di-valdoria',
    category: 'mobilita-e-trasporti',
    lifeEvents: ['guida-di-un-veicolo', 'cambio-di-residenza'],
    offices: ['comando-polizia-locale'],
    popularity: 380,
    content: {
      it: {
        title: 'Abbonamento sosta residenti',
        summary:
          'Acquistare il permesso annuale che consente ai residenti di parcheggiare senza limiti di tempo sulle strisce blu del proprio settore di residenza.',
        description:
          "Nelle zone di Valdoria con sosta a pagamento (strisce blu), i residenti possono acquistare un abbonamento annuale che permette di parcheggiare senza pagare il ticket e senza limiti di orario negli stalli blu del proprio settore: A (centro storico esterno alla ZTL), B (Borgo San Rocco e stazione) o C (quartiere Ospedale).\n\nL'abbonamento è virtuale: è associato alla targa e i controlli avvengono tramite i dispositivi degli ausiliari della sosta, senza tagliandi da esporre. Ogni nucleo familiare può avere al massimo due abbonamenti.",
        audience:
          "Persone residenti in un settore di sosta a pagamento, proprietarie del veicolo o che ne hanno l'uso esclusivo (leasing, noleggio a lungo termine, auto aziendale), senza un garage o posto auto privato nello stesso edificio.",
        howTo:
          "- Accedi al servizio online con SPID o CIE.\n- Il sistema verifica la tua residenza in anagrafe e ti propone il settore corrispondente.\n- Inserisci la targa e, se il veicolo non è intestato a te o a un familiare convivente, allega il contratto o la dichiarazione del datore di lavoro.\n- Paga con pagoPA: l'abbonamento si attiva automaticamente.\n- Se cambi auto, aggiorna la targa dalla tua area personale.",
        requirements:
          "- Residenza nel settore per cui chiedi l'abbonamento\n- Carta di circolazione del veicolo\n- Per i veicoli in leasing, noleggio o uso aziendale: contratto o dichiarazione di affidamento in uso esclusivo",
        outcome:
          "Ottieni l'abbonamento annuale di sosta residenti, legato alla targa, valido negli stalli blu del tuo settore. La ricevuta resta disponibile nella tua area personale.",
        timing:
          "L'abbonamento vale per l'anno solare, dal 1° gennaio al 31 dicembre, e si attiva entro 2 giorni lavorativi dal pagamento. Il rinnovo si può fare dal 1° dicembre dell'anno precedente.\n\nSe lo acquisti dopo il 30 giugno paghi metà della tariffa annuale.",
        cost: "- Primo veicolo del nucleo familiare: € 60,00 all'anno\n- Secondo veicolo: € 120,00 all'anno\n- Veicoli elettrici: € 20,00 all'anno\n- Cambio targa: gratuito",
        access:
          'Il servizio è disponibile online con SPID o CIE e pagamento pagoPA.\n\nIn alternativa puoi richiederlo allo sportello del Comando di Polizia locale, pagando con carta di pagamento.',
        moreInfo:
          "- D.Lgs. 285/1992 (Codice della strada), art. 7, commi 1 lettera f) e 8\n- Deliberazione della Giunta comunale che fissa le tariffe della sosta a pagamento\n\nL'abbonamento non vale negli stalli riservati (carico e scarico, disabili, taxi) né nelle aree soggette a pulizia strade negli orari indicati dai cartelli.",
        keywords: ['abbonamento sosta', 'parcheggio residenti', 'strisce blu', 'permesso sosta', 'pass residenti'],
      },
      en: {
        title: 'Residents parking permit',
        summary:
          'Buy the annual permit that lets residents park without time limits on the blue-line spaces of the parking zone where they live.',
        description:
          "In the areas of Valdoria with paid parking (blue lines), residents can buy an annual permit to park without paying for a ticket and without time limits in the blue bays of their own zone: A (historic centre outside the ZTL), B (Borgo San Rocco and the station) or C (Hospital district).\n\nThe permit is virtual: it is linked to the number plate and checked by parking wardens' devices, with no ticket to display. Each household can hold at most two permits.",
        audience:
          'Residents of a paid-parking zone who own the vehicle or have exclusive use of it (leasing, long-term rental, company car) and do not have a private garage or parking space in the same building.',
        howTo:
          "- Sign in to the online service with SPID or CIE.\n- The system checks your registered address and offers you the matching zone.\n- Enter the number plate and, if the vehicle is not registered to you or to a member of your household, attach the contract or your employer's statement.\n- Pay with pagoPA: the permit is activated automatically.\n- If you change car, update the number plate from your personal area.",
        requirements:
          '- Residence in the zone for which you apply\n- Vehicle registration certificate\n- For leased, rented or company vehicles: the contract or a statement granting you exclusive use',
        outcome:
          'You get the annual residents parking permit, linked to your number plate and valid in the blue bays of your zone. The receipt stays available in your personal area.',
        timing:
          'The permit runs for the calendar year, from 1 January to 31 December, and is activated within 2 working days of payment. You can renew from 1 December of the previous year.\n\nIf you buy it after 30 June you pay half the annual fee.',
        cost: '- First vehicle in the household: €60.00 per year\n- Second vehicle: €120.00 per year\n- Electric vehicles: €20.00 per year\n- Change of number plate: free of charge',
        access:
          'The service is available online with SPID or CIE and pagoPA payment.\n\nYou can also apply at the Local Police headquarters counter and pay by card.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), art. 7, paragraph 1(f) and paragraph 8\n- Municipal Executive resolution setting paid parking fees\n\nThe permit is not valid in reserved bays (loading, disabled, taxi) or in areas closed for street cleaning at the times shown on the signs.',
        keywords: ['residents parking', 'parking permit', 'blue lines', 'resident permit', 'parking subscription'],
      },
    },
  },
];
