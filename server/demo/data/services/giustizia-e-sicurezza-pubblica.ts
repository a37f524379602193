import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'segnalazione-disservizio',
    organization: 'comune-di-valdoria',
    category: 'giustizia-e-sicurezza-pubblica',
    lifeEvents: [],
    offices: ['sportello-polifunzionale', 'comando-polizia-locale'],
    popularity: 600,
    content: {
      it: {
        title: 'Segnalazione di disservizio',
        summary:
          'Segnalare al Comune un problema negli spazi pubblici, come una buca nella strada, un lampione spento o rifiuti abbandonati, indicando il punto esatto sulla mappa.',
        description:
          "Con questo servizio puoi segnalare al Comune di Valdoria i problemi che noti in strade, piazze, parchi ed edifici pubblici: buche e avvallamenti, marciapiedi dissestati, illuminazione pubblica guasta, rifiuti abbandonati, cestini pieni, graffiti, panchine e giochi rotti, alberi pericolanti, perdite d'acqua, segnaletica danneggiata.\n\nOgni segnalazione viene assegnata all'ufficio competente o al gestore del servizio (ad esempio l'illuminazione pubblica o l'igiene urbana), che la prende in carico e ti aggiorna sull'avanzamento fino alla chiusura.\n\nIl servizio non è per le emergenze: in caso di pericolo immediato per le persone chiama il 112.",
        audience:
          'Chiunque, residente o no, voglia segnalare un problema in uno spazio pubblico del territorio comunale.',
        howTo:
          "- Apri il servizio online e scegli la categoria del problema.\n- Indica il luogo: inserisci l'indirizzo, usa la posizione del tuo telefono o sposta il segnaposto sulla mappa.\n- Descrivi il problema in poche righe e aggiungi fino a tre fotografie.\n- Se accedi con SPID o CIE puoi seguire lo stato della segnalazione e ricevere aggiornamenti; altrimenti lascia un indirizzo email.\n- Invia: ricevi subito un numero di segnalazione.",
        requirements:
          "- La posizione del problema (indirizzo o punto sulla mappa)\n- Una breve descrizione\n- Facoltative: fotografie, che aiutano a valutare l'urgenza",
        outcome:
          "La segnalazione viene presa in carico dall'ufficio competente, che interviene o programma l'intervento. Ricevi una comunicazione a ogni cambio di stato (presa in carico, in lavorazione, risolta) e puoi valutare la risposta ricevuta.",
        timing:
          "- Presa in carico: entro 3 giorni lavorativi\n- Situazioni di pericolo (buche profonde, cavi scoperti, alberi pericolanti): messa in sicurezza entro 24 ore\n- Risposta sull'esito: entro 30 giorni\n\nGli interventi che richiedono lavori programmati possono richiedere più tempo: in quel caso ti indichiamo la data prevista.",
        cost: 'Gratuito.',
        access:
          'Puoi inviare la segnalazione online, anche da smartphone, con o senza SPID o CIE.\n\nPuoi anche farla di persona allo Sportello polifunzionale del cittadino o al Comando di Polizia locale, oppure per telefono negli orari di apertura degli uffici.',
        moreInfo:
          "- L. 241/1990, sul procedimento amministrativo\n- D.Lgs. 82/2005 (Codice dell'amministrazione digitale)\n- D.Lgs. 152/2006 (Codice dell'ambiente), art. 192, divieto di abbandono di rifiuti\n- Regolamento (UE) 2016/679, protezione dei dati personali\n\nI dati di chi segnala non vengono comunicati a terzi; le fotografie non devono ritrarre persone riconoscibili o targhe.",
        keywords: ['segnalazione', 'buca', 'lampione spento', 'rifiuti abbandonati', 'guasto', 'degrado', 'reclamo'],
      },
      en: {
        title: 'Report a problem',
        summary:
          'Report a problem in a public space to the Municipality, such as a pothole, a broken streetlight or dumped rubbish, marking the exact spot on the map.',
        description:
          "With this service you can report problems you notice in Valdoria's streets, squares, parks and public buildings: potholes and dips, damaged pavements, broken street lighting, dumped rubbish, overflowing bins, graffiti, broken benches and play equipment, unsafe trees, water leaks, damaged road signs.\n\nEach report is assigned to the relevant office or service provider (for example street lighting or waste collection), which takes charge of it and keeps you updated until it is closed.\n\nThe service is not for emergencies: if people are in immediate danger, call 112.",
        audience: 'Anyone, resident or not, who wants to report a problem in a public space in the municipality.',
        howTo:
          "- Open the online service and choose the type of problem.\n- Give the location: enter the address, use your phone's position or move the pin on the map.\n- Describe the problem in a few lines and add up to three photos.\n- If you sign in with SPID or CIE you can follow the report and receive updates; otherwise leave an email address.\n- Submit: you immediately get a report number.",
        requirements:
          '- The location of the problem (address or point on the map)\n- A short description\n- Optional: photos, which help assess urgency',
        outcome:
          'The report is taken in charge by the relevant office, which fixes the problem or schedules the work. You are notified at each change of status (taken in charge, in progress, resolved) and can rate the answer you received.',
        timing:
          '- Taken in charge: within 3 working days\n- Hazards (deep potholes, exposed cables, unsafe trees): made safe within 24 hours\n- Answer on the outcome: within 30 days\n\nProblems that need scheduled works may take longer: in that case we tell you the expected date.',
        cost: 'Free of charge.',
        access:
          "You can send the report online, also from a smartphone, with or without SPID or CIE.\n\nYou can also report in person at the Citizens' one-stop desk or at the Local Police headquarters, or by phone during office hours.",
        moreInfo:
          '- Law 241/1990, on administrative procedure\n- Legislative Decree 82/2005 (Digital Administration Code)\n- Legislative Decree 152/2006 (Environmental Code), art. 192, ban on dumping waste\n- Regulation (EU) 2016/679, on personal data protection\n\nThe details of people who send reports are not disclosed to third parties; photos should not show recognisable people or number plates.',
        keywords: [
          'report a problem',
          'pothole',
          'streetlight out',
          'fly-tipping',
          'dumped rubbish',
          'broken',
          'complaint',
        ],
      },
    },
  },
  {
    slug: 'accesso-atti-incidenti-stradali',
    organization: 'comune-di-valdoria',
    category: 'giustizia-e-sicurezza-pubblica',
    lifeEvents: ['guida-di-un-veicolo'],
    offices: ['comando-polizia-locale'],
    popularity: 180,
    content: {
      it: {
        title: 'Copia del rapporto di incidente stradale',
        summary:
          'Richiedere alla Polizia locale la copia del rapporto, dei rilievi e delle fotografie di un incidente stradale avvenuto a Valdoria, per la pratica assicurativa o per una causa.',
        description:
          "Quando la Polizia locale interviene su un incidente stradale redige un rapporto con la descrizione dei fatti, i dati delle persone e dei veicoli coinvolti, le dichiarazioni raccolte, lo schizzo planimetrico e, se effettuate, le fotografie.\n\nLe persone coinvolte e chi ha un interesse diretto possono chiederne copia, di solito per la richiesta di risarcimento all'assicurazione.\n\nSe nell'incidente ci sono stati feriti con prognosi superiore a 40 giorni o vittime, gli atti sono trasmessi alla Procura della Repubblica: in questo caso la copia si può rilasciare solo con il nulla osta del Pubblico ministero, che chiediamo noi per tuo conto.",
        audience:
          "- Conducenti, passeggeri e pedoni coinvolti nell'incidente\n- Proprietari dei veicoli coinvolti\n- Eredi delle persone decedute\n- Compagnie di assicurazione, avvocati, periti e patronati con delega dell'interessato",
        howTo:
          "- Accedi al servizio online con SPID o CIE, oppure compila il modulo disponibile al Comando.\n- Indica data, ora e luogo dell'incidente e, se lo hai, il numero di protocollo rilasciato dagli agenti.\n- Scegli se vuoi solo il rapporto o anche fotografie e planimetria, in formato digitale o cartaceo.\n- Paga i diritti con pagoPA e allega la ricevuta.\n- Ricevi la copia via PEC o email, oppure ritirala al Comando.",
        requirements:
          '- Documento di identità del richiedente\n- Delega firmata e documento del delegante, se chiedi per conto di altri\n- Per gli eredi: dichiarazione sostitutiva che attesta la qualità di erede\n- Ricevuta del pagamento dei diritti',
        outcome:
          'Ricevi la copia del rapporto di incidente stradale, con gli eventuali allegati richiesti. Ai sensi del Codice della strada, alle persone coinvolte vengono comunque comunicati gratuitamente i dati essenziali (generalità, veicoli e assicurazioni).',
        timing:
          "Il rapporto è di norma disponibile 20-30 giorni dopo l'incidente, il tempo necessario a completare gli accertamenti.\n\nLa copia viene rilasciata entro 10 giorni lavorativi dalla richiesta; il termine massimo è di 30 giorni. Se serve il nulla osta della Procura, i tempi dipendono dall'autorità giudiziaria.",
        cost: "- Copia del rapporto senza allegati: € 30,00\n- Copia del rapporto con fotografie e planimetria: € 50,00\n- Copia conforme all'originale: in aggiunta, marca da bollo da € 16,00 ogni quattro facciate\n\nSi paga con pagoPA. La comunicazione dei dati essenziali alle persone coinvolte è gratuita.",
        access:
          "Puoi fare la richiesta online con SPID o CIE, via PEC al Comando, oppure di persona all'Ufficio infortunistica stradale del Comando di Polizia locale, su appuntamento.",
        moreInfo:
          "- D.Lgs. 285/1992 (Codice della strada), art. 11, comma 4\n- L. 241/1990, artt. 22-25, diritto di accesso ai documenti amministrativi\n- D.P.R. 184/2006, regolamento sull'accesso ai documenti amministrativi\n- Codice di procedura penale, art. 116\n- D.Lgs. 209/2005 (Codice delle assicurazioni private)",
        keywords: [
          'rapporto incidente',
          'verbale incidente',
          'sinistro stradale',
          'copia incidente',
          'rilievi incidente',
        ],
      },
      en: {
        title: 'Copy of a road accident report',
        summary:
          'Ask the Local Police for a copy of the report, measurements and photos of a road accident in Valdoria, for an insurance claim or a court case.',
        description:
          "When the Local Police attend a road accident they draw up a report with a description of what happened, the details of the people and vehicles involved, the statements collected, the sketch plan and, if taken, photos.\n\nThe people involved and anyone with a direct interest can ask for a copy, usually to claim compensation from an insurer.\n\nIf people were injured with a prognosis of more than 40 days or killed, the records are sent to the Public Prosecutor's Office: in that case a copy can only be released with the prosecutor's clearance, which we request on your behalf.",
        audience:
          '- Drivers, passengers and pedestrians involved in the accident\n- Owners of the vehicles involved\n- Heirs of people who died\n- Insurance companies, lawyers, loss adjusters and advice centres authorised by the person concerned',
        howTo:
          '- Sign in to the online service with SPID or CIE, or fill in the form available at the headquarters.\n- Give the date, time and place of the accident and, if you have it, the reference number given by the officers.\n- Choose whether you want only the report or also photos and the plan, in digital or paper form.\n- Pay the fee with pagoPA and attach the receipt.\n- Receive the copy by certified email (PEC) or email, or collect it at the headquarters.',
        requirements:
          "- Identity document of the applicant\n- Signed authorisation and the ID of the person authorising, if you apply on someone else's behalf\n- For heirs: a self-declaration stating that you are an heir\n- Receipt of payment of the fee",
        outcome:
          'You receive a copy of the road accident report, with any attachments requested. Under the Highway Code, the people involved are in any case given the essential details (names, vehicles and insurers) free of charge.',
        timing:
          "The report is usually available 20-30 days after the accident, the time needed to complete the investigation.\n\nThe copy is issued within 10 working days of the request; the maximum time is 30 days. If the prosecutor's clearance is needed, timing depends on the judicial authority.",
        cost: '- Copy of the report without attachments: €30.00\n- Copy of the report with photos and plan: €50.00\n- Certified true copy: in addition, a €16.00 revenue stamp every four pages\n\nPayment is made with pagoPA. Giving the essential details to the people involved is free of charge.',
        access:
          'You can apply online with SPID or CIE, by certified email (PEC) to the headquarters, or in person at the road accident office of the Local Police headquarters, by appointment.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), art. 11, paragraph 4\n- Law 241/1990, arts. 22-25, right of access to administrative documents\n- Presidential Decree 184/2006, regulation on access to administrative documents\n- Code of Criminal Procedure, art. 116\n- Legislative Decree 209/2005 (Private Insurance Code)',
        keywords: ['accident report', 'road accident', 'collision report', 'police report', 'insurance claim'],
      },
    },
  },
];
