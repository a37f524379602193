import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'certificato-di-destinazione-urbanistica',
    organization: 'comune-di-valdoria',
    category: 'catasto-e-urbanistica',
    lifeEvents: ['acquisto-di-un-abitazione'],
    offices: ['ufficio-tecnico-suap'],
    popularity: 230,
    content: {
      it: {
        title: 'Certificato di destinazione urbanistica (CDU)',
        summary:
          'Ottenere il certificato che indica la destinazione urbanistica e i vincoli di un terreno secondo il piano regolatore, necessario per compravendite, donazioni e divisioni di terreni.',
        description:
          "Il certificato di destinazione urbanistica (CDU) indica, per uno o più terreni identificati con i dati catastali, la destinazione prevista dagli strumenti urbanistici del Comune (ad esempio zona agricola, residenziale o produttiva), gli indici di edificabilità e i vincoli che gravano sull'area.\n\nIl CDU va allegato agli atti di compravendita, donazione o divisione di terreni, pena la nullità dell'atto. Non serve per le aree di pertinenza di edifici censiti al catasto urbano, se la superficie complessiva è inferiore a 5.000 metri quadrati.\n\nÈ utile anche per le dichiarazioni di successione, per calcolare l'IMU sulle aree edificabili e per valutare l'acquisto di un terreno.",
        audience:
          'Proprietari e titolari di altri diritti reali sui terreni, notai, tecnici professionisti e chiunque vi abbia interesse, anche su delega.',
        howTo:
          "- Individua foglio e particelle dei terreni sulla visura o sull'estratto di mappa catastale.\n- Paga i diritti di segreteria con pagoPA.\n- Compila la domanda indicando i dati catastali e l'uso del certificato: compravendita, successione o altro.\n- Allega l'estratto di mappa con i terreni evidenziati e la ricevuta di pagamento, e invia la domanda online o per PEC.\n- Ricevi il certificato per PEC oppure ritiralo all'Ufficio tecnico e SUAP.",
        requirements:
          '- Foglio e particelle catastali dei terreni\n- Estratto di mappa catastale aggiornato, non anteriore a 6 mesi, con i terreni evidenziati\n- Documento di identità del richiedente e, se presente, delega con documento del delegante\n- Due marche da bollo da € 16,00, una per la domanda e una per il certificato; se invii la domanda online o per PEC, indica i codici identificativi delle marche e conservale annullate\n- Ricevuta di pagamento dei diritti di segreteria',
        outcome:
          "Ottieni il certificato di destinazione urbanistica firmato dal responsabile dell'Ufficio tecnico. Il certificato è valido un anno dal rilascio, se nel frattempo non cambiano gli strumenti urbanistici.",
        timing:
          '- Rilascio ordinario: entro 30 giorni dalla domanda completa\n- Rilascio urgente: entro 7 giorni lavorativi, con diritti raddoppiati\n- Validità: 1 anno dalla data di rilascio\n\nSe il certificato non viene rilasciato entro 30 giorni, può essere sostituito da una dichiarazione del venditore o del condividente che attesti la destinazione urbanistica dei terreni.',
        cost: '- Diritti di segreteria: € 50,00 fino a 5 particelle, più € 5,00 per ogni particella in più, fino a un massimo di € 250,00\n- Procedura urgente: diritti raddoppiati\n- Imposta di bollo: due marche da € 16,00\n\nI diritti si pagano con pagoPA prima di presentare la domanda.',
        access:
          "Puoi inviare la domanda online da questa pagina, accedendo con SPID o CIE, oppure per PEC a protocollo@pec.comune.valdoria.example.it.\n\nPer chiarimenti sulle norme di piano prenota un appuntamento all'Ufficio tecnico e SUAP.",
        moreInfo:
          "- DPR 380/2001, Testo unico dell'edilizia, art. 30, commi 2-4\n- Piano regolatore generale e regolamento edilizio del Comune di Valdoria, consultabili su www.comune.valdoria.example.it\n- DPR 642/1972, sull'imposta di bollo",
        keywords: [
          'CDU',
          'certificato di destinazione urbanistica',
          'destinazione urbanistica',
          'terreno edificabile',
          'vincoli urbanistici',
          'compravendita terreno',
        ],
      },
      en: {
        title: 'Planning designation certificate (CDU)',
        summary:
          'Get the certificate stating the planning designation and constraints of a plot of land under the local plan, required for sales, gifts and divisions of land.',
        description:
          "The planning designation certificate (CDU) states, for one or more plots identified by their cadastral details, the use designated by the Municipality's planning instruments (for example agricultural, residential or industrial zone), the building ratios and the constraints affecting the area.\n\nThe CDU must be attached to deeds of sale, gift or division of land, or the deed is void. It is not needed for land belonging to buildings recorded in the urban land registry, if the total area is under 5,000 square metres.\n\nIt is also useful for inheritance tax returns, for calculating IMU property tax on building land and for assessing the purchase of a plot.",
        audience:
          'Owners and holders of other rights in rem over land, notaries, technical professionals and anyone with an interest, including by proxy.',
        howTo:
          '- Find the sheet and parcel numbers of the land on the cadastral search or map extract.\n- Pay the administrative fee with pagoPA.\n- Fill in the application with the cadastral details and the purpose of the certificate: sale, inheritance or other.\n- Attach the map extract with the plots highlighted and the payment receipt, and send the application online or by certified email.\n- Receive the certificate by certified email or collect it at the Technical office and SUAP.',
        requirements:
          "- Cadastral sheet and parcel numbers of the land\n- Up-to-date cadastral map extract, no older than 6 months, with the plots highlighted\n- Applicant's identity document and, if applicable, a proxy with the principal's identity document\n- Two €16.00 revenue stamps, one for the application and one for the certificate; if you apply online or by certified email, give the stamps' identification codes and keep them cancelled\n- Receipt for the administrative fee",
        outcome:
          'You receive the planning designation certificate signed by the head of the Technical office. The certificate is valid for one year from issue, unless the planning instruments change in the meantime.',
        timing:
          '- Standard issue: within 30 days of a complete application\n- Urgent issue: within 7 working days, at double the fee\n- Validity: 1 year from the date of issue\n\nIf the certificate is not issued within 30 days, it can be replaced by a declaration from the seller or co-owner stating the planning designation of the land.',
        cost: '- Administrative fee: €50.00 for up to 5 parcels, plus €5.00 for each additional parcel, up to a maximum of €250.00\n- Urgent procedure: double fee\n- Stamp duty: two €16.00 revenue stamps\n\nFees are paid with pagoPA before submitting the application.',
        access:
          'You can send the application online from this page, signing in with SPID or CIE, or by certified email to protocollo@pec.comune.valdoria.example.it.\n\nFor questions about the planning rules, book an appointment at the Technical office and SUAP.',
        moreInfo:
          '- Presidential Decree 380/2001, Consolidated Building Act, art. 30(2-4)\n- General town plan and building regulation of the Municipality of Valdoria, available at www.comune.valdoria.example.it\n- Presidential Decree 642/1972, on stamp duty',
        keywords: [
          'CDU',
          'planning certificate',
          'land use designation',
          'building land',
          'planning constraints',
          'land sale',
        ],
      },
    },
  },
  {
    slug: 'accesso-agli-atti-edilizi',
    organization: 'comune-di-valdoria',
    category: 'catasto-e-urbanistica',
    lifeEvents: ['acquisto-di-un-abitazione'],
    offices: ['ufficio-tecnico-suap', 'sportello-polifunzionale'],
    popularity: 350,
    content: {
      it: {
        title: 'Accesso agli atti edilizi',
        summary:
          "Consultare o ottenere copia delle pratiche edilizie di un immobile, come licenze, permessi di costruire, condoni e agibilità, conservate nell'archivio comunale.",
        description:
          "L'accesso agli atti edilizi permette di vedere e avere copia dei documenti delle pratiche edilizie di un immobile: licenze e concessioni edilizie, permessi di costruire, SCIA e CILA, condoni, varianti, certificati e segnalazioni di agibilità, con i relativi disegni.\n\nServe a verificare lo stato legittimo dell'immobile, cioè la corrispondenza tra quanto costruito e quanto autorizzato: un controllo essenziale prima di comprare casa, di avviare una ristrutturazione o di chiedere un bonus edilizio.\n\nL'archivio edilizio del Comune di Valdoria conserva le pratiche dal 1934 a oggi; quelle presentate dal 2016 sono disponibili in formato digitale.",
        audience:
          'Chi ha un interesse diretto, concreto e attuale: proprietari, acquirenti con un contratto preliminare o una proposta di acquisto accettata, inquilini, confinanti, eredi, e i tecnici o i notai da loro delegati.',
        howTo:
          "- Raccogli i dati per la ricerca: indirizzo, dati catastali, nomi dei proprietari e, se li conosci, numero e anno delle pratiche.\n- Presenta la domanda di accesso online da questa pagina, spiegando il motivo della richiesta.\n- Paga i diritti di ricerca con pagoPA: la domanda viene presa in carico dopo il pagamento.\n- Quando le pratiche sono pronte ricevi le copie digitali per PEC oppure un avviso con la data dell'appuntamento per la visione all'Ufficio tecnico.\n- Durante la visione indica i documenti di cui vuoi copia; puoi anche fotografarli senza costi aggiuntivi.",
        requirements:
          "- Documento di identità del richiedente\n- Documento che dimostra l'interesse, ad esempio atto di proprietà, contratto preliminare o contratto di affitto\n- Per i tecnici: delega del proprietario o dell'avente titolo, con copia del suo documento\n- Dati dell'immobile: indirizzo, foglio, particella e subalterno",
        outcome:
          "Puoi consultare le pratiche edilizie richieste e ottenerne copia semplice o conforme all'originale, in formato digitale o su carta.",
        timing:
          "- Conclusione del procedimento: entro 30 giorni dalla domanda\n- Pratiche già digitalizzate: di solito inviate entro 10 giorni\n- Se ci sono controinteressati, ad esempio altri comproprietari, il Comune li avvisa e questi hanno 10 giorni per presentare un'opposizione motivata",
        cost: "- Diritti di ricerca e visura: € 15,00 per pratica, € 30,00 per le pratiche anteriori al 1967\n- Copie su carta: € 0,25 per facciata A4, € 0,50 per facciata A3, € 5,00 per ogni tavola di grande formato\n- Copie digitali di pratiche già digitalizzate: gratuite\n- Copie conformi all'originale: una marca da bollo da € 16,00 ogni 4 facciate\n\nI diritti si pagano con pagoPA.",
        access:
          "Presenta la domanda online da questa pagina, accedendo con SPID o CIE, oppure consegnala allo Sportello polifunzionale del cittadino. La visione delle pratiche su carta si svolge su appuntamento all'Ufficio tecnico e SUAP.",
        moreInfo:
          "- Legge 241/1990, artt. 22-25, sul diritto di accesso ai documenti amministrativi\n- DPR 184/2006, regolamento sull'accesso ai documenti amministrativi\n- DPR 380/2001, art. 9-bis, sullo stato legittimo degli immobili\n- D.Lgs. 33/2013, art. 5, sull'accesso civico generalizzato, per chi non ha un interesse diretto",
        keywords: [
          'accesso agli atti',
          'pratiche edilizie',
          'archivio edilizio',
          'stato legittimo',
          'conformità urbanistica',
          'licenza edilizia',
        ],
      },
      en: {
        title: 'Access to building records',
        summary:
          "View or get copies of a property's building files, such as licences, building permits, amnesties and fitness-for-use certificates, kept in the municipal archive.",
        description:
          "Access to building records lets you view and copy the documents in a property's building files: building licences and concessions, building permits, SCIA and CILA notices, amnesties, variations, fitness-for-use certificates and notices, with their drawings.\n\nIt is how you check the property's lawful status, that is whether what was built matches what was authorised: an essential check before buying a home, starting a renovation or claiming a building tax credit.\n\nThe Municipality of Valdoria's building archive holds files from 1934 to today; those submitted since 2016 are available in digital form.",
        audience:
          'Anyone with a direct, specific and current interest: owners, buyers with a preliminary contract or an accepted purchase offer, tenants, neighbours, heirs, and the technicians or notaries acting for them.',
        howTo:
          "- Gather the search details: address, cadastral data, owners' names and, if you know them, the file numbers and years.\n- Submit the access request online from this page, explaining why you need the records.\n- Pay the search fee with pagoPA: the request is processed once payment is made.\n- When the files are ready you receive digital copies by certified email, or a notice with the date of your appointment to view them at the Technical office.\n- During the viewing, point out the documents you want copied; you may also photograph them at no extra charge.",
        requirements:
          "- Applicant's identity document\n- A document showing your interest, such as a deed of ownership, preliminary contract or rental contract\n- For technicians: a proxy from the owner or entitled person, with a copy of their identity document\n- Property details: address, cadastral sheet, parcel and sub-unit",
        outcome:
          'You can view the requested building files and obtain plain or certified copies, in digital or paper form.',
        timing:
          '- End of the procedure: within 30 days of the request\n- Files already digitised: usually sent within 10 days\n- If there are counter-interested parties, such as other co-owners, the Municipality notifies them and they have 10 days to lodge a reasoned objection',
        cost: '- Search and viewing fee: €15.00 per file, €30.00 for files dating from before 1967\n- Paper copies: €0.25 per A4 page, €0.50 per A3 page, €5.00 for each large-format drawing\n- Digital copies of files already digitised: free of charge\n- Certified copies: one €16.00 revenue stamp every 4 pages\n\nFees are paid with pagoPA.',
        access:
          "Submit the request online from this page, signing in with SPID or CIE, or hand it in at the Citizens' one-stop desk. Paper files are viewed by appointment at the Technical office and SUAP.",
        moreInfo:
          '- Law 241/1990, arts. 22-25, on the right of access to administrative documents\n- Presidential Decree 184/2006, regulation on access to administrative documents\n- Presidential Decree 380/2001, art. 9-bis, on the lawful status of buildings\n- Legislative Decree 33/2013, art. 5, on generalised civic access, for those without a direct interest',
        keywords: [
          'access to records',
          'building files',
          'building archive',
          'lawful status',
          'planning compliance',
          'building permit history',
        ],
      },
    },
  },
];
