import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'scia-apertura-attivita-commerciale',
    organization: 'comune-di-valdoria',
    category: 'attivita-produttive-e-commercio',
    lifeEvents: ['avvio-di-un-attivita'],
    offices: ['ufficio-tecnico-suap'],
    popularity: 330,
    content: {
      it: {
        title: "SCIA per l'apertura di un negozio di vicinato",
        summary:
          'Presentare al SUAP la segnalazione certificata di inizio attività (SCIA) per aprire un negozio di vicinato, con superficie di vendita fino a 250 metri quadrati.',
        description:
          "Per aprire un esercizio di vicinato, cioè un negozio con superficie di vendita fino a 250 metri quadrati, basta presentare una segnalazione certificata di inizio attività (SCIA) allo Sportello unico per le attività produttive (SUAP). Non serve attendere un'autorizzazione: l'attività può iniziare il giorno stesso della presentazione.\n\nLa stessa procedura vale per il trasferimento di sede, l'ampliamento della superficie e il subingresso, cioè il passaggio dell'attività a un nuovo titolare.\n\nSe vendi prodotti alimentari, alla SCIA si aggiunge la notifica sanitaria, che il SUAP trasmette all'Azienda sanitaria locale. Le medie e grandi strutture di vendita, oltre i 250 metri quadrati, richiedono invece un'autorizzazione.",
        audience:
          'Imprenditori individuali e società che vogliono aprire, trasferire, ampliare o rilevare un negozio di vicinato a Valdoria, nel settore alimentare o non alimentare.',
        howTo:
          "- Verifica con l'Ufficio tecnico che il locale abbia destinazione d'uso commerciale e agibilità.\n- Accedi al portale impresainungiorno.gov.it con SPID, CIE o CNS e scegli il SUAP del Comune di Valdoria.\n- Compila la SCIA per esercizio di vicinato e, per il settore alimentare, la notifica sanitaria.\n- Allega i documenti richiesti, firma digitalmente e paga i diritti con pagoPA.\n- Invia la pratica: la ricevuta del SUAP ti consente di iniziare subito l'attività.",
        requirements:
          "- Firma digitale e casella PEC del titolare o di un intermediario delegato\n- Iscrizione al Registro delle imprese, o impegno a iscriversi entro 30 giorni dall'avvio\n- Dichiarazione dei requisiti morali e, per il settore alimentare, dei requisiti professionali\n- Planimetria del locale in scala 1:100 con la superficie di vendita\n- Estremi del titolo edilizio e della segnalazione certificata di agibilità\n- Per il settore alimentare: notifica sanitaria ai sensi del Regolamento (CE) 852/2004\n- Per i cittadini non UE: permesso di soggiorno che consenta il lavoro autonomo",
        outcome:
          "La ricevuta della SCIA rilasciata dal SUAP è il titolo che ti consente di esercitare l'attività. Il SUAP trasmette la pratica alla Camera di commercio, all'Azienda sanitaria locale e agli altri enti interessati.",
        timing:
          "- Avvio dell'attività: dalla data di presentazione della SCIA\n- Controlli: il SUAP verifica i requisiti entro 60 giorni; se qualcosa non è in regola, ti chiede di regolarizzare la pratica o vieta la prosecuzione dell'attività\n- Iscrizione al Registro delle imprese: entro 30 giorni dall'inizio dell'attività",
        cost: "- Diritti di istruttoria SUAP: € 60,00\n- Imposta di bollo: € 16,00, assolta in modo virtuale sul portale\n- Notifica sanitaria, solo per il settore alimentare: € 20,00 di diritti per l'Azienda sanitaria locale\n\nSi paga online con pagoPA al momento dell'invio della pratica.",
        access:
          "La SCIA si presenta solo online, sul portale impresainungiorno.gov.it, scegliendo il SUAP del Comune di Valdoria. Le pratiche inviate su carta o per email ordinaria non sono ricevibili.\n\nPer un orientamento prima di presentare la pratica, prenota da questa pagina un appuntamento all'Ufficio tecnico e SUAP.",
        moreInfo:
          "- D.Lgs. 114/1998, art. 7, sugli esercizi di vicinato\n- Legge 241/1990, art. 19, sulla segnalazione certificata di inizio attività\n- DPR 160/2010, regolamento sul SUAP\n- D.Lgs. 222/2016, Tabella A, sui regimi amministrativi delle attività\n- D.Lgs. 59/2010, art. 71, sui requisiti per l'esercizio del commercio",
        keywords: [
          'SCIA',
          'aprire un negozio',
          'esercizio di vicinato',
          'SUAP',
          'avvio attività',
          'commercio al dettaglio',
          'subingresso',
        ],
      },
      en: {
        title: 'SCIA notice to open a neighbourhood shop',
        summary:
          'Submit the certified notice of start of business (SCIA) to the SUAP to open a neighbourhood shop with a sales area of up to 250 square metres.',
        description:
          'To open a neighbourhood shop, that is a shop with a sales area of up to 250 square metres, you only need to submit a certified notice of start of business (SCIA) to the one-stop shop for businesses (SUAP). There is no need to wait for a permit: you can start trading on the day you submit it.\n\nThe same procedure applies to moving premises, enlarging the sales area and taking over an existing business from its previous owner.\n\nIf you sell food, the SCIA also includes a health notification, which the SUAP forwards to the Local Health Authority. Medium and large stores, above 250 square metres, need a permit instead.',
        audience:
          'Sole traders and companies that want to open, move, enlarge or take over a neighbourhood shop in Valdoria, selling food or non-food products.',
        howTo:
          "- Check with the Technical office that the premises are authorised for retail use and certified as fit for use.\n- Sign in to impresainungiorno.gov.it with SPID, CIE or CNS and choose the SUAP of the Municipality of Valdoria.\n- Fill in the SCIA for a neighbourhood shop and, for food businesses, the health notification.\n- Attach the required documents, sign digitally and pay the fees with pagoPA.\n- Submit the file: the SUAP's receipt allows you to start trading straight away.",
        requirements:
          '- Digital signature and certified email (PEC) of the owner or of an authorised intermediary\n- Registration in the Companies Register, or an undertaking to register within 30 days of starting\n- Declaration of good character and, for food businesses, of professional requirements\n- Floor plan of the premises at 1:100 showing the sales area\n- Details of the building permit and of the certificate of fitness for use\n- For food businesses: health notification under Regulation (EC) 852/2004\n- For non-EU citizens: a residence permit that allows self-employment',
        outcome:
          'The SCIA receipt issued by the SUAP is the document that entitles you to trade. The SUAP forwards the file to the Chamber of Commerce, the Local Health Authority and the other bodies concerned.',
        timing:
          '- Start of trading: from the date the SCIA is submitted\n- Checks: the SUAP verifies the requirements within 60 days; if something is not in order, it asks you to put it right or orders the business to stop\n- Registration in the Companies Register: within 30 days of starting',
        cost: '- SUAP processing fee: €60.00\n- Stamp duty: €16.00, paid virtually on the portal\n- Health notification, for food businesses only: €20.00 fee to the Local Health Authority\n\nYou pay online with pagoPA when you submit the file.',
        access:
          'The SCIA can only be submitted online, on impresainungiorno.gov.it, choosing the SUAP of the Municipality of Valdoria. Files sent on paper or by ordinary email are not accepted.\n\nFor advice before submitting, book an appointment at the Technical office and SUAP from this page.',
        moreInfo:
          '- Legislative Decree 114/1998, art. 7, on neighbourhood shops\n- Law 241/1990, art. 19, on the certified notice of start of business\n- Presidential Decree 160/2010, SUAP regulation\n- Legislative Decree 222/2016, Table A, on the administrative regimes for business activities\n- Legislative Decree 59/2010, art. 71, on the requirements for retail trade',
        keywords: [
          'SCIA',
          'open a shop',
          'neighbourhood shop',
          'SUAP',
          'start a business',
          'retail trade',
          'business takeover',
        ],
      },
    },
  },
  {
    slug: 'concessione-dehors-e-occupazione-suolo-pubblico',
    organization: 'comune-di-valdoria',
    category: 'attivita-produttive-e-commercio',
    lifeEvents: ['avvio-di-un-attivita'],
    offices: ['ufficio-tecnico-suap'],
    popularity: 210,
    content: {
      it: {
        title: 'Concessione per dehors e occupazione di suolo pubblico',
        summary:
          'Chiedere la concessione di suolo pubblico per installare un dehors, tavolini, ombrelloni o fioriere davanti a un bar, un ristorante o un negozio.',
        description:
          "Il dehors è l'insieme degli elementi mobili o smontabili che un pubblico esercizio colloca all'aperto su suolo pubblico per servire cibi e bevande: tavoli, sedie, ombrelloni, pedane, fioriere, paraventi e coperture.\n\nPer occupare il suolo pubblico serve una concessione del Comune, che stabilisce superficie, periodo e caratteristiche degli arredi nel rispetto del Regolamento comunale sui dehors e, nel centro storico, delle indicazioni della Soprintendenza.\n\nLa concessione può essere stagionale, fino a 180 giorni nell'anno, oppure annuale. Per l'occupazione si paga il canone unico patrimoniale.",
        audience:
          'Titolari di bar, ristoranti, pizzerie, gelaterie e altri pubblici esercizi, laboratori artigianali alimentari ed esercizi di vicinato con sede a Valdoria.',
        howTo:
          "- Verifica nel Regolamento comunale sui dehors le dimensioni e gli arredi ammessi nella tua zona.\n- Fai preparare a un tecnico il progetto: planimetria quotata, fotografie dello stato attuale e fotoinserimento del dehors.\n- Presenta la domanda al SUAP sul portale impresainungiorno.gov.it almeno 60 giorni prima dell'installazione.\n- Il SUAP acquisisce il parere della Polizia locale sulla viabilità e, nel centro storico, l'autorizzazione della Soprintendenza.\n- Ricevuta la concessione, paga il canone e installa il dehors esattamente come approvato.",
        requirements:
          "- Firma digitale e PEC del titolare o del tecnico delegato\n- Planimetria in scala 1:100 con le misure dell'area occupata e le distanze da incroci, fermate e passi carrabili\n- Fotografie e fotoinserimento del dehors\n- Scheda tecnica degli arredi: materiali, colori e dimensioni\n- Assenso del proprietario dell'immobile, se il dehors è addossato alla facciata di un edificio di altri\n- Due marche da bollo da € 16,00, una per la domanda e una per la concessione",
        outcome:
          'Ottieni la concessione di occupazione di suolo pubblico, con superficie, periodo e prescrizioni sugli arredi. La concessione va tenuta nel locale ed esibita in caso di controllo.',
        timing:
          "- Domanda: almeno 60 giorni prima dell'installazione\n- Rilascio: entro 30 giorni dalla domanda completa, o entro 60 giorni se serve l'autorizzazione della Soprintendenza\n- Rinnovo della concessione stagionale: domanda semplificata entro il 31 gennaio di ogni anno, se il dehors resta invariato",
        cost: "- Diritti di istruttoria SUAP: € 50,00\n- Imposta di bollo: due marche da € 16,00\n- Canone unico patrimoniale: da € 18,00 a € 42,00 al metro quadrato all'anno secondo la zona; per le concessioni stagionali si paga in proporzione ai giorni di occupazione\n\nIl canone si paga con avviso pagoPA in un'unica soluzione oppure, se supera € 500,00, in quattro rate.",
        access:
          "La domanda si presenta online sul portale impresainungiorno.gov.it, scegliendo il SUAP del Comune di Valdoria. Per esaminare il progetto prima di presentarlo, prenota da questa pagina un appuntamento all'Ufficio tecnico e SUAP.",
        moreInfo:
          "- Legge 160/2019, art. 1, commi 816-847, sul canone unico patrimoniale\n- D.Lgs. 285/1992, Codice della strada, art. 20, sull'occupazione della sede stradale\n- D.Lgs. 42/2004, Codice dei beni culturali e del paesaggio\n- Regolamento comunale per l'installazione dei dehors, approvato con delibera del Consiglio comunale n. 27 del 2022",
        keywords: [
          'dehors',
          'occupazione suolo pubblico',
          'tavolini',
          'plateatico',
          'OSAP',
          'canone unico',
          'ombrelloni',
        ],
      },
      en: {
        title: 'Outdoor seating (dehors) and public land occupation permit',
        summary:
          'Apply for a permit to use public land for outdoor seating, tables, umbrellas or planters in front of a bar, restaurant or shop.',
        description:
          'A dehors is the set of movable or removable items that a bar or restaurant places outdoors on public land to serve food and drinks: tables, chairs, umbrellas, platforms, planters, screens and canopies.\n\nOccupying public land requires a permit from the Municipality, which sets the area, the period and the features of the furniture in line with the municipal outdoor seating regulation and, in the historic centre, with the guidance of the Heritage Office (Soprintendenza).\n\nThe permit can be seasonal, for up to 180 days a year, or annual. A single property fee (canone unico patrimoniale) is charged for the occupation.',
        audience:
          'Owners of bars, restaurants, pizzerias, ice-cream parlours and other food and drink businesses, artisan food workshops and neighbourhood shops based in Valdoria.',
        howTo:
          "- Check the municipal outdoor seating regulation for the sizes and furniture allowed in your area.\n- Have a technician prepare the project: dimensioned plan, photos of the current state and a photo-simulation of the dehors.\n- Submit the application to the SUAP on impresainungiorno.gov.it at least 60 days before installation.\n- The SUAP obtains the Local Police's opinion on traffic and, in the historic centre, the Heritage Office's authorisation.\n- Once you receive the permit, pay the fee and install the dehors exactly as approved.",
        requirements:
          "- Digital signature and certified email (PEC) of the owner or the authorised technician\n- Plan at 1:100 showing the dimensions of the area and its distance from junctions, bus stops and driveways\n- Photos and photo-simulation of the dehors\n- Technical sheet of the furniture: materials, colours and dimensions\n- Consent of the building owner, if the dehors stands against the façade of someone else's building\n- Two €16.00 revenue stamps, one for the application and one for the permit",
        outcome:
          'You receive the public land occupation permit, stating the area, the period and the requirements for the furniture. The permit must be kept on the premises and shown on inspection.',
        timing:
          "- Application: at least 60 days before installation\n- Issue: within 30 days of a complete application, or within 60 days if the Heritage Office's authorisation is needed\n- Renewal of a seasonal permit: simplified application by 31 January each year, if the dehors is unchanged",
        cost: '- SUAP processing fee: €50.00\n- Stamp duty: two €16.00 revenue stamps\n- Single property fee: from €18.00 to €42.00 per square metre per year depending on the area; seasonal permits are charged in proportion to the days of occupation\n\nThe fee is paid with a pagoPA notice in a single payment or, if it exceeds €500.00, in four instalments.',
        access:
          'The application is submitted online on impresainungiorno.gov.it, choosing the SUAP of the Municipality of Valdoria. To discuss your project before submitting it, book an appointment at the Technical office and SUAP from this page.',
        moreInfo:
          '- Law 160/2019, art. 1(816-847), on the single property fee\n- Legislative Decree 285/1992, Highway Code, art. 20, on occupying the roadway\n- Legislative Decree 42/2004, Code of Cultural Heritage and Landscape\n- Municipal regulation on outdoor seating, approved by City Council resolution no. 27 of 2022',
        keywords: [
          'outdoor seating',
          'dehors',
          'public land occupation',
          'pavement tables',
          'terrace permit',
          'street cafe',
        ],
      },
    },
  },
];
