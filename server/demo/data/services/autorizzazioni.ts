import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'occupazione-suolo-pubblico',
    organization: 'comune-di-valdoria',
    category: 'autorizzazioni',
    lifeEvents: ['cambio-di-residenza', 'acquisto-di-un-abitazione'],
    offices: ['ufficio-tecnico-suap', 'comando-polizia-locale'],
    popularity: 330,
    content: {
      it: {
        title: 'Occupazione temporanea di suolo pubblico per cantieri e traslochi',
        summary:
          'Chiedere la concessione per occupare temporaneamente una strada, un marciapiede o un parcheggio pubblico con ponteggi, gru, cassoni, autoscale o mezzi per un trasloco.',
        description:
          "Per occupare anche per poche ore uno spazio pubblico serve la concessione del Comune. Questo servizio riguarda le occupazioni temporanee legate a lavori e traslochi: ponteggi e recinzioni di cantiere, gru, cassoni per macerie, autoscale e furgoni per traslochi, piattaforme aeree per potature o manutenzioni di facciate.\n\nSe l'occupazione riguarda la carreggiata o stalli di sosta, insieme alla concessione la Polizia locale emette l'ordinanza di divieto di sosta o di modifica della circolazione.\n\nPer dehors, tavolini e banchi delle attività commerciali c'è un servizio dedicato.",
        audience:
          "Privati cittadini, imprese edili, ditte di traslochi, amministratori di condominio e tecnici che devono occupare temporaneamente un'area pubblica o privata ad uso pubblico a Valdoria.",
        howTo:
          "- Presenta la domanda online con SPID o CIE, indicando luogo, superficie occupata, date e orari.\n- Allega la planimetria dell'area e, per i cantieri, il riferimento al titolo edilizio.\n- Paga la marca da bollo e i diritti di istruttoria con pagoPA.\n- Quando ricevi la concessione, paga il canone indicato.\n- Almeno 48 ore prima dell'occupazione posiziona i cartelli di divieto di sosta con la copia dell'ordinanza e tieni la concessione sul posto.",
        requirements:
          "- Planimetria o schizzo quotato dell'area da occupare, con indicazione del passaggio pedonale garantito\n- Per i cantieri: estremi della CILA, SCIA o permesso di costruire e nominativo dell'impresa\n- Per i traslochi: targa dei mezzi utilizzati\n- Delega, se la domanda è presentata da un'impresa o da un tecnico per conto del proprietario\n- Due marche da bollo da € 16,00, una per la domanda e una per la concessione",
        outcome:
          "Ottieni la concessione di occupazione temporanea di suolo pubblico e, se necessaria, l'ordinanza di modifica della circolazione, che autorizzano l'occupazione nell'area e nei giorni indicati.",
        timing:
          "- Traslochi: domanda almeno 5 giorni lavorativi prima\n- Cantieri e altre occupazioni: domanda almeno 15 giorni prima\n- Rilascio della concessione: entro 10 giorni lavorativi per i traslochi, entro 30 giorni negli altri casi\n\nLa proroga va chiesta prima della scadenza. L'occupazione senza concessione o oltre i limiti autorizzati è sanzionata ai sensi del Codice della strada e comporta il pagamento di un'indennità maggiorata.",
        cost: '- Marca da bollo da € 16,00 sulla domanda e sulla concessione\n- Diritti di istruttoria: € 30,00 (€ 15,00 per i traslochi)\n- Canone unico patrimoniale, calcolato su superficie e durata: € 1,20 al mq al giorno in zona centro, € 0,80 al mq al giorno nelle altre zone\n- Traslochi fino a 1 giorno e 30 mq: canone forfettario di € 20,00\n\nTutti gli importi si pagano con pagoPA.',
        access:
          "La domanda si presenta online con SPID o CIE.\n\nPer informazioni sulle occupazioni di cantiere puoi prenotare un appuntamento all'Ufficio tecnico e SUAP; per traslochi e ordinanze di viabilità puoi rivolgerti al Comando di Polizia locale.",
        moreInfo:
          "- D.Lgs. 285/1992 (Codice della strada), artt. 20 e 21\n- D.P.R. 495/1992, regolamento del Codice della strada, art. 30\n- L. 160/2019, art. 1, commi 816-847, canone unico patrimoniale\n- Regolamento comunale per l'applicazione del canone unico patrimoniale",
        keywords: ['suolo pubblico', 'occupazione suolo', 'ponteggio', 'trasloco', 'divieto di sosta', 'cantiere'],
      },
      en: {
        title: 'Temporary use of public land for building sites and house moves',
        summary:
          'Apply for a permit to temporarily occupy a street, pavement or public parking space with scaffolding, cranes, skips, furniture lifts or removal vans.',
        description:
          'Occupying public space, even for a few hours, requires a permit from the Municipality. This service covers temporary occupation for works and house moves: scaffolding and site fencing, cranes, skips for rubble, furniture lifts and removal vans, aerial platforms for tree pruning or façade maintenance.\n\nIf the occupation affects the road or parking bays, the Local Police issue a no-parking or traffic order together with the permit.\n\nOutdoor seating, tables and stalls for businesses have a dedicated service.',
        audience:
          'Private individuals, building firms, removal companies, condominium administrators and technicians who need to temporarily occupy a public area, or a private area open to the public, in Valdoria.',
        howTo:
          '- Apply online with SPID or CIE, stating the location, area occupied, dates and times.\n- Attach a plan of the area and, for building sites, the reference to the building permit.\n- Pay the revenue stamp and the processing fee with pagoPA.\n- When you receive the permit, pay the fee shown.\n- At least 48 hours before the occupation, put up the no-parking signs with a copy of the order, and keep the permit on site.',
        requirements:
          '- A plan or dimensioned sketch of the area, showing the pedestrian route kept open\n- For building sites: references of the CILA, SCIA or building permit and the name of the building firm\n- For house moves: number plates of the vehicles used\n- An authorisation, if a company or technician applies on behalf of the owner\n- Two €16.00 revenue stamps, one for the application and one for the permit',
        outcome:
          'You get the permit for temporary use of public land and, if needed, the traffic order, which authorise the occupation in the area and on the days stated.',
        timing:
          '- House moves: apply at least 5 working days in advance\n- Building sites and other uses: apply at least 15 days in advance\n- Permit issued: within 10 working days for moves, within 30 days in other cases\n\nExtensions must be requested before expiry. Occupying land without a permit or beyond what is authorised is fined under the Highway Code and an increased charge is due.',
        cost: '- €16.00 revenue stamp on the application and on the permit\n- Processing fee: €30.00 (€15.00 for house moves)\n- Single property fee, based on area and duration: €1.20 per m² per day in the centre, €0.80 per m² per day elsewhere\n- House moves up to 1 day and 30 m²: flat fee of €20.00\n\nAll amounts are paid with pagoPA.',
        access:
          'Applications are submitted online with SPID or CIE.\n\nFor information on building site occupation you can book an appointment at the Technical office and SUAP; for house moves and traffic orders, contact the Local Police headquarters.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), arts. 20 and 21\n- Presidential Decree 495/1992, Highway Code implementing regulation, art. 30\n- Law 160/2019, art. 1, paragraphs 816-847, single property fee\n- Municipal regulation on the single property fee',
        keywords: [
          'public land permit',
          'scaffolding permit',
          'skip permit',
          'house move',
          'parking suspension',
          'road occupation',
        ],
      },
    },
  },
  {
    slug: 'passo-carrabile',
    organization: 'comune-di-valdoria',
    category: 'autorizzazioni',
    lifeEvents: ['acquisto-di-un-abitazione'],
    offices: ['ufficio-tecnico-suap', 'comando-polizia-locale'],
    popularity: 200,
    content: {
      it: {
        title: 'Autorizzazione passo carrabile',
        summary:
          "Chiedere l'autorizzazione per un accesso carrabile a un garage, un cortile o un'area privata e il cartello segnaletico numerato che vieta la sosta davanti all'ingresso.",
        description:
          "Il passo carrabile è l'accesso che permette ai veicoli di passare dalla strada pubblica a un'area privata, come un garage, un cortile o un parcheggio condominiale. Per poter esporre il cartello di passo carrabile e far rispettare il divieto di sosta davanti all'accesso serve l'autorizzazione del Comune.\n\nL'autorizzazione è necessaria sia per i passi con modifica del marciapiede (abbassamento del cordolo o smusso), sia per i passi \"a raso\", a filo della carreggiata senza opere.\n\nIl cartello, conforme al modello del Codice della strada, riporta il numero dell'autorizzazione e il logo del Comune ed è fornito dal Comune stesso.",
        audience:
          'Proprietari, usufruttuari e affittuari di immobili con un accesso carrabile su strada pubblica o ad uso pubblico, e amministratori di condominio per gli accessi comuni.',
        howTo:
          "- Presenta la domanda online con SPID o CIE, allegando planimetria e fotografie dell'accesso.\n- L'Ufficio tecnico verifica la conformità edilizia dell'accesso e la Polizia locale le condizioni di sicurezza e visibilità.\n- Se servono lavori sul marciapiede, attendi il parere favorevole e presenta la comunicazione di inizio lavori.\n- Paga il cartello, le marche da bollo e il canone con pagoPA.\n- Ritira il cartello al Comando di Polizia locale e installalo sul lato destro dell'accesso, in posizione ben visibile.",
        requirements:
          "- Planimetria in scala 1:100 o 1:200 con larghezza dell'accesso e distanza dalle intersezioni\n- Almeno due fotografie dell'accesso dalla strada\n- Titolo di disponibilità dell'immobile (proprietà, usufrutto, locazione)\n- Per gli accessi condominiali: verbale dell'assemblea o delega dell'amministratore\n- Due marche da bollo da € 16,00",
        outcome:
          "Ottieni l'autorizzazione al passo carrabile e il cartello numerato. Da quel momento la sosta davanti all'accesso è vietata e i veicoli in divieto possono essere multati e rimossi.",
        timing:
          "L'autorizzazione viene rilasciata entro 30 giorni dalla domanda completa; se sono necessari lavori sul marciapiede il termine è di 60 giorni.\n\nL'autorizzazione non ha scadenza, ma il canone è dovuto ogni anno entro il 31 marzo. Se cambi proprietario o chiudi l'accesso devi comunicarlo entro 30 giorni e restituire il cartello.",
        cost: "- Marca da bollo da € 16,00 sulla domanda e sull'autorizzazione\n- Cartello segnaletico: € 25,00\n- Canone unico patrimoniale annuo: € 15,00 per metro lineare di larghezza dell'accesso in zona centro, € 10,00 nelle altre zone\n\nIl canone non è dovuto per i passi carrabili usati da persone con disabilità titolari di contrassegno.",
        access:
          "La domanda si presenta online con SPID o CIE.\n\nPer un sopralluogo preliminare o un chiarimento sulla conformità dell'accesso puoi prenotare un appuntamento all'Ufficio tecnico e SUAP.",
        moreInfo:
          "- D.Lgs. 285/1992 (Codice della strada), art. 22\n- D.P.R. 495/1992, regolamento del Codice della strada, artt. 44, 45, 46 e 120\n- L. 160/2019, art. 1, commi 816-847, canone unico patrimoniale\n- Regolamento comunale per l'applicazione del canone unico patrimoniale\n\nIl cartello di passo carrabile non autorizzato non ha valore e la sua esposizione è sanzionata.",
        keywords: ['passo carrabile', 'cartello passo carrabile', 'accesso carrabile', 'garage', 'divieto di sosta'],
      },
      en: {
        title: 'Driveway access permit',
        summary:
          'Apply for a permit for a vehicle entrance to a garage, courtyard or private area and for the numbered sign that bans parking in front of it.',
        description:
          'A driveway access (passo carrabile) lets vehicles cross from a public road into a private area such as a garage, courtyard or condominium car park. To display the driveway sign and have the no-parking rule in front of the entrance enforced, you need a permit from the Municipality.\n\nThe permit is needed both for accesses where the pavement has been altered (lowered or bevelled kerb) and for "flush" accesses level with the road with no works.\n\nThe sign, which follows the Highway Code model, shows the permit number and the Municipality\'s logo and is supplied by the Municipality.',
        audience:
          'Owners, usufructuaries and tenants of properties with a vehicle entrance onto a public road or a road open to the public, and condominium administrators for shared entrances.',
        howTo:
          '- Apply online with SPID or CIE, attaching a plan and photos of the entrance.\n- The Technical office checks that the entrance complies with building rules and the Local Police check safety and visibility.\n- If works on the pavement are needed, wait for approval and file the notice of start of works.\n- Pay for the sign, the revenue stamps and the fee with pagoPA.\n- Collect the sign at the Local Police headquarters and fix it on the right-hand side of the entrance, clearly visible.',
        requirements:
          "- Plan at 1:100 or 1:200 scale showing the width of the entrance and the distance from junctions\n- At least two photos of the entrance taken from the street\n- Proof of your right to the property (ownership, usufruct, lease)\n- For shared entrances: minutes of the condominium meeting or the administrator's authorisation\n- Two €16.00 revenue stamps",
        outcome:
          'You get the driveway permit and the numbered sign. From then on parking in front of the entrance is prohibited and vehicles parked there can be fined and towed.',
        timing:
          'The permit is issued within 30 days of a complete application; if works on the pavement are needed, within 60 days.\n\nThe permit does not expire, but the fee is due every year by 31 March. If the property changes hands or you close the entrance, you must notify us within 30 days and return the sign.',
        cost: '- €16.00 revenue stamp on the application and on the permit\n- Sign: €25.00\n- Annual single property fee: €15.00 per linear metre of entrance width in the centre, €10.00 elsewhere\n\nNo fee is due for driveways used by people with disabilities holding a parking badge.',
        access:
          'Applications are submitted online with SPID or CIE.\n\nFor a preliminary site visit or to check whether your entrance complies, you can book an appointment at the Technical office and SUAP.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), art. 22\n- Presidential Decree 495/1992, Highway Code implementing regulation, arts. 44, 45, 46 and 120\n- Law 160/2019, art. 1, paragraphs 816-847, single property fee\n- Municipal regulation on the single property fee\n\nAn unauthorised driveway sign has no legal effect and displaying it is fined.',
        keywords: ['driveway permit', 'dropped kerb', 'garage entrance', 'no parking sign', 'vehicle access'],
      },
    },
  },
];
