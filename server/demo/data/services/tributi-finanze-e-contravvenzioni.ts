import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'pagamento-tari',
    organization: 'comune-di-valdoria',
    category: 'tributi-finanze-e-contravvenzioni',
    lifeEvents: ['cambio-di-residenza', 'acquisto-di-un-abitazione'],
    offices: ['ufficio-tributi'],
    popularity: 750,
    content: {
      it: {
        title: 'Pagamento TARI',
        summary:
          "Consultare l'avviso e pagare con pagoPA la TARI, la tassa sui rifiuti dovuta da chi occupa un'abitazione o un locale a Valdoria, in un'unica soluzione o in tre rate.",
        description:
          "La TARI è la tassa che finanzia il servizio di raccolta e smaltimento dei rifiuti urbani. La paga chi possiede o detiene, a qualsiasi titolo, locali o aree che possono produrre rifiuti: abitazioni, negozi, uffici, capannoni.\n\nPer le abitazioni l'importo dipende dalla superficie calpestabile e dal numero degli occupanti; per le attività dalla superficie e dal tipo di attività. Comprende il tributo provinciale per la tutela ambientale (TEFA) del 5%.\n\nA differenza dell'IMU, la TARI non si calcola da sé: ogni anno il Comune invia a ciascun contribuente l'avviso di pagamento con gli importi già calcolati e i codici pagoPA.",
        audience:
          "Chi occupa a Valdoria un'abitazione o un locale, come proprietario, inquilino o comodatario. In caso di affitto inferiore a sei mesi nello stesso anno la tassa è dovuta dal proprietario.",
        howTo:
          "- Controlla l'avviso di pagamento che ricevi per posta, via PEC o nell'app IO, oppure scaricalo dalla tua area personale con SPID o CIE.\n- Verifica che superficie e numero di occupanti siano corretti; se non lo sono, segnalalo all'Ufficio tributi prima di pagare.\n- Paga con pagoPA: online da questa pagina, nell'app IO, con l'home banking, in banca, alle Poste, in tabaccheria o nei punti SISAL e Lottomatica.\n- Puoi pagare tutto entro la scadenza della prima rata oppure usare i tre avvisi delle singole rate.\n- Conserva le ricevute per cinque anni.",
        requirements:
          "- L'avviso di pagamento TARI con il codice avviso pagoPA, oppure il codice fiscale dell'intestatario per recuperarlo online\n- Per segnalare variazioni: planimetria o visura catastale dei locali e dati degli occupanti",
        outcome:
          "Con il pagamento sei in regola con la TARI dell'anno. La ricevuta pagoPA ha valore liberatorio e lo stato dei pagamenti è visibile nella tua area personale.",
        timing:
          "L'avviso di pagamento viene inviato entro il 30 aprile.\n\n- Prima rata, o pagamento in un'unica soluzione: 31 maggio\n- Seconda rata: 31 luglio\n- Terza rata: 30 novembre\n\nL'inizio, la variazione o la cessazione dell'occupazione di un locale va dichiarata all'Ufficio tributi entro 90 giorni. Chi non paga riceve un sollecito e poi un avviso di accertamento con sanzione del 30% e interessi; fino ad allora puoi regolarizzare con il ravvedimento operoso.",
        cost: "L'importo è indicato nell'avviso e dipende da superficie, numero di occupanti e tipo di utenza. Il pagamento con pagoPA può prevedere una commissione, che varia in base al prestatore di servizi di pagamento scelto.\n\nSono previste riduzioni per il compostaggio domestico (20% della parte variabile), per le abitazioni occupate da una sola persona e per i nuclei con ISEE basso, secondo il regolamento comunale.",
        access:
          "Puoi consultare gli avvisi e pagare online con SPID o CIE, tramite pagoPA o l'app IO.\n\nPer verifiche, rettifiche o rateizzazioni straordinarie puoi prenotare un appuntamento all'Ufficio tributi, in Piazza della Repubblica 3.",
        moreInfo:
          "- L. 147/2013, art. 1, commi 639 e seguenti, istituzione della TARI\n- D.P.R. 158/1999, metodo normalizzato per il calcolo della tariffa\n- D.Lgs. 471/1997, art. 13, e D.Lgs. 472/1997, art. 13, sanzioni e ravvedimento operoso\n- Regolamento comunale per l'applicazione della TARI e delibera annuale delle tariffe",
        keywords: ['tari', 'tassa rifiuti', 'tassa spazzatura', 'pagare tari', 'avviso tari', 'rifiuti'],
      },
      en: {
        title: 'Waste tax (TARI) payment',
        summary:
          'View your notice and pay with pagoPA the TARI, the waste tax owed by anyone occupying a home or premises in Valdoria, in a single payment or in three instalments.',
        description:
          'TARI is the tax that funds the collection and disposal of household and commercial waste. It is paid by anyone who owns or occupies, on any basis, premises or areas that can produce waste: homes, shops, offices, warehouses.\n\nFor homes the amount depends on the floor area and the number of occupants; for businesses on the floor area and the type of business. It includes the 5% provincial environmental protection levy (TEFA).\n\nUnlike IMU, you do not calculate TARI yourself: every year the Municipality sends each taxpayer a payment notice with the amounts already calculated and the pagoPA codes.',
        audience:
          'Anyone occupying a home or premises in Valdoria, as owner, tenant or free-of-charge user. If a property is let for less than six months in the same year, the owner pays the tax.',
        howTo:
          '- Check the payment notice you receive by post, certified email (PEC) or in the IO app, or download it from your personal area with SPID or CIE.\n- Make sure the floor area and number of occupants are correct; if they are not, tell the local tax office before paying.\n- Pay with pagoPA: online from this page, in the IO app, through online banking, at banks, post offices, tobacconists or SISAL and Lottomatica outlets.\n- You can pay the whole amount by the first instalment due date or use the three separate instalment notices.\n- Keep your receipts for five years.',
        requirements:
          "- The TARI payment notice with the pagoPA notice code, or the taxpayer's tax code to retrieve it online\n- To report changes: floor plan or land registry record of the premises and details of the occupants",
        outcome:
          'Once you have paid, your TARI for the year is settled. The pagoPA receipt is proof of payment and the payment status is visible in your personal area.',
        timing:
          'The payment notice is sent by 30 April.\n\n- First instalment, or single payment: 31 May\n- Second instalment: 31 July\n- Third instalment: 30 November\n\nStarting, changing or ending the occupation of premises must be declared to the local tax office within 90 days. If you do not pay, you receive a reminder and then an assessment notice with a 30% penalty and interest; until then you can settle voluntarily with reduced penalties (ravvedimento operoso).',
        cost: 'The amount is shown on the notice and depends on floor area, number of occupants and type of user. Paying with pagoPA may involve a fee, which varies with the payment provider you choose.\n\nReductions apply for home composting (20% of the variable part), for homes occupied by one person and for low-ISEE households, as set out in the municipal regulation.',
        access:
          'You can view notices and pay online with SPID or CIE, through pagoPA or the IO app.\n\nFor checks, corrections or extended payment plans you can book an appointment at the local tax office, Piazza della Repubblica 3.',
        moreInfo:
          '- Law 147/2013, art. 1, paragraphs 639 onwards, establishing TARI\n- Presidential Decree 158/1999, standard method for calculating the tariff\n- Legislative Decree 471/1997, art. 13, and Legislative Decree 472/1997, art. 13, penalties and voluntary settlement\n- Municipal TARI regulation and annual tariff resolution',
        keywords: ['tari', 'waste tax', 'rubbish tax', 'pay tari', 'bin tax', 'refuse collection charge'],
      },
    },
  },
  {
    slug: 'pagamento-imu',
    organization: 'comune-di-valdoria',
    category: 'tributi-finanze-e-contravvenzioni',
    lifeEvents: ['acquisto-di-un-abitazione'],
    offices: ['ufficio-tributi'],
    popularity: 540,
    content: {
      it: {
        title: 'Pagamento IMU',
        summary:
          "Calcolare e versare con il modello F24 l'IMU, l'imposta municipale sugli immobili dovuta per seconde case, negozi, capannoni, terreni e aree edificabili a Valdoria.",
        description:
          "L'IMU è l'imposta dovuta da chi possiede immobili nel Comune. Non si paga sull'abitazione principale e sulle relative pertinenze (una per categoria C/2, C/6 e C/7), tranne per le abitazioni di lusso (categorie catastali A/1, A/8 e A/9).\n\nL'IMU è in autoliquidazione: il Comune non invia l'avviso e il contribuente calcola da sé l'importo. Per i fabbricati la base imponibile è la rendita catastale rivalutata del 5% e moltiplicata per un coefficiente che dipende dalla categoria (160 per le abitazioni), a cui si applica l'aliquota deliberata dal Consiglio comunale.\n\nSul sito del Comune è disponibile un calcolatore che, partendo dai dati catastali, calcola l'imposta e prepara il modello F24 già compilato.",
        audience:
          'Proprietari e titolari di diritti reali (usufrutto, uso, abitazione, superficie) su fabbricati, aree edificabili e terreni agricoli situati a Valdoria, oltre ai locatari finanziari in caso di leasing.',
        howTo:
          "- Apri il calcolatore IMU online e inserisci i dati catastali degli immobili, oppure recuperali accedendo con SPID o CIE.\n- Indica la percentuale e i mesi di possesso e l'uso dell'immobile (seconda casa, affittata a canone concordato, comodato ai figli, ecc.).\n- Controlla il calcolo e stampa o scarica il modello F24 precompilato.\n- Paga l'F24 con l'home banking, in banca, alle Poste o con i servizi online dell'Agenzia delle entrate.\n- Se l'immobile ha avuto variazioni che il Comune non può conoscere, presenta la dichiarazione IMU.",
        requirements:
          '- Visura catastale con rendita e categoria di ogni immobile\n- Per le aree edificabili: valore venale in comune commercio, con riferimento ai valori indicativi pubblicati dal Comune\n- Contratti di locazione a canone concordato o di comodato, per le agevolazioni\n- Codice fiscale del contribuente',
        outcome: "Con il versamento sei in regola con l'IMU dell'anno. La quietanza dell'F24 è la prova del pagamento.",
        timing:
          "- Acconto: entro il 16 giugno, pari alla metà dell'imposta calcolata con le aliquote dell'anno precedente\n- Saldo: entro il 16 dicembre, a conguaglio con le aliquote dell'anno in corso\n\nSi può pagare tutto in un'unica soluzione entro il 16 giugno. La dichiarazione IMU, quando dovuta, va presentata entro il 30 giugno dell'anno successivo. Se paghi in ritardo puoi usare il ravvedimento operoso con sanzioni ridotte.",
        cost: "L'importo dipende da rendita, categoria e aliquota. Aliquote in vigore:\n\n- Abitazione principale di lusso (A/1, A/8, A/9): 0,6%, con detrazione di € 200,00\n- Altri fabbricati e aree edificabili: 1,06%\n- Abitazioni affittate a canone concordato: 1,06% ridotta al 75%\n- Fabbricati di categoria D: 1,06%, di cui 0,76% allo Stato\n- Terreni agricoli: 0,96%\n\nNon si paga se l'imposta annua è inferiore a € 12,00. Il pagamento con F24 è senza commissioni.",
        access:
          "Il calcolatore IMU è disponibile online, anche senza autenticazione; con SPID o CIE recuperi automaticamente i tuoi immobili e i versamenti degli anni precedenti.\n\nPer un aiuto nel calcolo puoi prenotare un appuntamento all'Ufficio tributi.",
        moreInfo:
          "- L. 160/2019, art. 1, commi da 738 a 783, disciplina dell'IMU\n- D.Lgs. 472/1997, art. 13, ravvedimento operoso\n- Delibera del Consiglio comunale di approvazione delle aliquote IMU dell'anno\n\nCodici tributo F24: 3912 abitazione principale di lusso, 3914 terreni, 3916 aree edificabili, 3918 altri fabbricati, 3925 e 3930 fabbricati di categoria D (quota Stato e quota Comune).",
        keywords: ['imu', 'imposta municipale', 'seconda casa', 'calcolo imu', 'f24 imu', 'tasse casa'],
      },
      en: {
        title: 'Municipal property tax (IMU) payment',
        summary:
          'Calculate and pay with the F24 form the IMU, the municipal property tax owed on second homes, shops, warehouses, farmland and building land in Valdoria.',
        description:
          "IMU is the tax owed by anyone who owns property in the municipality. It is not paid on your main home and its annexes (one each of cadastral categories C/2, C/6 and C/7), except for luxury homes (cadastral categories A/1, A/8 and A/9).\n\nIMU is self-assessed: the Municipality does not send a notice and taxpayers calculate the amount themselves. For buildings, the taxable base is the cadastral income revalued by 5% and multiplied by a coefficient that depends on the category (160 for homes); the rate set by the Municipal Council is then applied.\n\nThe Municipality's website offers a calculator that, starting from cadastral data, works out the tax and prepares a pre-filled F24 form.",
        audience:
          'Owners and holders of property rights (usufruct, use, habitation, surface rights) over buildings, building land and farmland in Valdoria, as well as lessees under a finance lease.',
        howTo:
          "- Open the online IMU calculator and enter the cadastral data of your properties, or retrieve them by signing in with SPID or CIE.\n- Enter your share and months of ownership and how the property is used (second home, let at an agreed rent, lent to your children, etc.).\n- Check the calculation and print or download the pre-filled F24 form.\n- Pay the F24 through online banking, at a bank, at the post office or with the Revenue Agency's online services.\n- If the property has changed in ways the Municipality cannot know, file the IMU return.",
        requirements:
          "- Land registry record with the cadastral income and category of each property\n- For building land: the market value, with reference to the guide values published by the Municipality\n- Agreed-rent leases or free-loan agreements, for reductions\n- Taxpayer's tax code",
        outcome: 'Once paid, your IMU for the year is settled. The F24 receipt is proof of payment.',
        timing:
          "- First instalment: by 16 June, half of the tax calculated with the previous year's rates\n- Balance: by 16 December, adjusted to the current year's rates\n\nYou can pay everything in one go by 16 June. The IMU return, when required, must be filed by 30 June of the following year. If you pay late you can settle with reduced penalties (ravvedimento operoso).",
        cost: 'The amount depends on cadastral income, category and rate. Current rates:\n\n- Luxury main home (A/1, A/8, A/9): 0.6%, with a €200.00 deduction\n- Other buildings and building land: 1.06%\n- Homes let at an agreed rent: 1.06% reduced to 75%\n- Category D buildings: 1.06%, of which 0.76% goes to the State\n- Farmland: 0.96%\n\nNothing is due if the annual tax is below €12.00. Paying with F24 carries no fees.',
        access:
          'The IMU calculator is available online, even without signing in; with SPID or CIE your properties and previous payments are retrieved automatically.\n\nFor help with the calculation you can book an appointment at the local tax office.',
        moreInfo:
          "- Law 160/2019, art. 1, paragraphs 738 to 783, IMU rules\n- Legislative Decree 472/1997, art. 13, voluntary settlement\n- Municipal Council resolution approving the year's IMU rates\n\nF24 tax codes: 3912 luxury main home, 3914 farmland, 3916 building land, 3918 other buildings, 3925 and 3930 category D buildings (State and Municipality shares).",
        keywords: ['imu', 'property tax', 'second home tax', 'imu calculator', 'f24', 'municipal tax'],
      },
    },
  },
  {
    slug: 'pagamento-multe',
    organization: 'comune-di-valdoria',
    category: 'tributi-finanze-e-contravvenzioni',
    lifeEvents: ['guida-di-un-veicolo'],
    offices: ['comando-polizia-locale'],
    popularity: 690,
    content: {
      it: {
        title: 'Pagamento multe',
        summary:
          'Pagare con pagoPA le sanzioni per violazioni del Codice della strada accertate dalla Polizia locale di Valdoria, con la riduzione del 30% se paghi entro 5 giorni.',
        description:
          "Il servizio permette di pagare i verbali della Polizia locale di Valdoria: divieti di sosta, accessi non autorizzati alla ZTL, eccessi di velocità rilevati dall'autovelox, passaggi con il rosso e le altre violazioni del Codice della strada.\n\nL'importo da pagare dipende da quando paghi rispetto alla notifica: ridotto del 30% entro 5 giorni, in misura minima entro 60 giorni, maggiorato dopo. Il verbale riporta il codice avviso pagoPA e gli importi per ciascuna scadenza.\n\nDalla pagina puoi anche consultare le fotografie delle violazioni rilevate da apparecchiature elettroniche.",
        audience:
          'Chi ha ricevuto un verbale o un preavviso di violazione dalla Polizia locale di Valdoria: il conducente, il proprietario del veicolo o chi ne risponde in solido.',
        howTo:
          "- Cerca il verbale inserendo numero del verbale e targa, oppure usa il codice avviso pagoPA stampato sul verbale.\n- Controlla l'importo dovuto alla data di oggi, che il sistema calcola in automatico.\n- Paga online con carta, conto o app IO, oppure stampa l'avviso e paga in banca, alle Poste o in tabaccheria.\n- Se la violazione comporta la decurtazione dei punti e non eri tu alla guida, comunica i dati del conducente entro 60 giorni dalla notifica.\n- Se ritieni il verbale ingiusto, non pagarlo e presenta ricorso: il pagamento chiude il procedimento.",
        requirements:
          '- Numero del verbale e targa del veicolo, oppure codice avviso pagoPA\n- Per la comunicazione dei dati del conducente: copia fronte-retro della sua patente firmata',
        outcome:
          'Con il pagamento il procedimento sanzionatorio si chiude. La ricevuta pagoPA è la prova del pagamento; se la violazione lo prevede, i punti vengono decurtati dalla patente del conducente.',
        timing:
          '- Entro 5 giorni dalla notifica o dalla contestazione: importo ridotto del 30%, se la violazione non prevede la sospensione della patente o la confisca del veicolo\n- Entro 60 giorni: importo minimo previsto dalla legge, più le spese\n- Dopo 60 giorni: metà del massimo previsto, più le spese; il verbale diventa titolo esecutivo\n\nIl ricorso si presenta entro 60 giorni al Prefetto oppure entro 30 giorni al Giudice di pace.',
        cost: "L'importo della sanzione è indicato sul verbale. A questo si aggiungono le spese di accertamento e notifica, pari a € 14,50 per i verbali notificati per posta e a € 4,50 per quelli notificati via PEC o app IO.\n\nIl ricorso al Giudice di pace richiede il contributo unificato di € 43,00; il ricorso al Prefetto è gratuito.",
        access:
          "Puoi pagare online con pagoPA, anche senza autenticazione, o dall'app IO, dove ricevi anche le notifiche dei verbali.\n\nAllo sportello del Comando di Polizia locale puoi pagare con carta di pagamento e visionare le fotografie delle infrazioni.",
        moreInfo:
          '- D.Lgs. 285/1992 (Codice della strada), artt. 126-bis, 201, 202, 202-bis, 203 e 204-bis\n- L. 689/1981, sanzioni amministrative\n- D.Lgs. 82/2005, art. 5, pagamenti con pagoPA\n\nSe il tuo reddito imponibile non supera € 10.628,16 puoi chiedere la rateizzazione delle sanzioni superiori a € 200,00, entro 30 giorni dalla notifica.',
        keywords: ['multa', 'contravvenzione', 'verbale', 'pagare multa', 'sanzione codice della strada', 'autovelox'],
      },
      en: {
        title: 'Traffic fine payment',
        summary:
          'Pay with pagoPA the fines for Highway Code offences recorded by the Valdoria Local Police, with a 30% reduction if you pay within 5 days.',
        description:
          'This service lets you pay Valdoria Local Police tickets: parking offences, unauthorised entry into the ZTL, speeding recorded by speed cameras, running red lights and other Highway Code offences.\n\nThe amount to pay depends on when you pay after notification: 30% less within 5 days, the minimum fine within 60 days, more after that. The ticket shows the pagoPA notice code and the amounts for each deadline.\n\nFrom this page you can also view the photos of offences recorded by electronic devices.',
        audience:
          'Anyone who has received a ticket or a notice of offence from the Valdoria Local Police: the driver, the vehicle owner or anyone jointly liable.',
        howTo:
          "- Find the ticket by entering its number and the number plate, or use the pagoPA notice code printed on it.\n- Check the amount due as of today, which the system calculates automatically.\n- Pay online by card, bank account or the IO app, or print the notice and pay at a bank, post office or tobacconist.\n- If the offence carries penalty points and you were not driving, give the driver's details within 60 days of notification.\n- If you think the ticket is wrong, do not pay it and appeal: paying closes the case.",
        requirements:
          "- Ticket number and vehicle number plate, or pagoPA notice code\n- To give the driver's details: a signed copy of both sides of their driving licence",
        outcome:
          "Once paid, the case is closed. The pagoPA receipt is proof of payment; where the offence carries them, penalty points are deducted from the driver's licence.",
        timing:
          '- Within 5 days of notification or of being stopped: 30% reduction, unless the offence carries licence suspension or vehicle confiscation\n- Within 60 days: the minimum fine set by law, plus costs\n- After 60 days: half the maximum fine, plus costs; the ticket becomes enforceable\n\nAppeals go to the Prefect within 60 days or to the Justice of the Peace within 30 days.',
        cost: 'The fine is shown on the ticket. Investigation and notification costs are added: €14.50 for tickets sent by post and €4.50 for those notified by certified email (PEC) or the IO app.\n\nAn appeal to the Justice of the Peace requires a €43.00 court fee; an appeal to the Prefect is free.',
        access:
          'You can pay online with pagoPA, even without signing in, or from the IO app, where you also receive ticket notifications.\n\nAt the Local Police headquarters counter you can pay by card and view the photos of offences.',
        moreInfo:
          '- Legislative Decree 285/1992 (Highway Code), arts. 126-bis, 201, 202, 202-bis, 203 and 204-bis\n- Law 689/1981, on administrative penalties\n- Legislative Decree 82/2005, art. 5, payments with pagoPA\n\nIf your taxable income does not exceed €10,628.16 you can ask to pay fines above €200.00 in instalments, within 30 days of notification.',
        keywords: ['traffic fine', 'parking ticket', 'speeding ticket', 'pay fine', 'penalty notice', 'speed camera'],
      },
    },
  },
];
