import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'iscrizione-asilo-nido',
    organization: 'comune-di-valdoria',
    category: 'educazione-e-formazione',
    lifeEvents: ['nascita-di-un-figlio', 'iscrizione-a-scuola'],
    offices: ['sportello-polifunzionale'],
    popularity: 650,
    content: {
      it: {
        title: "Iscrizione all'asilo nido",
        summary:
          "Presentare la domanda di iscrizione ai nidi d'infanzia comunali e convenzionati di Valdoria per bambine e bambini da 3 a 36 mesi.",
        description:
          'Il Comune di Valdoria gestisce due nidi d\'infanzia, "Il Girasole" (Via dei Tigli 8) e "Peter Pan" (Via Marconi 41), e ha in convenzione tre nidi privati. I posti sono assegnati in base a una graduatoria unica.\n\nI nidi sono aperti da settembre a giugno, dal lunedì al venerdì, con tre tipi di frequenza: part-time mattutino (7:30-13:00), tempo pieno (7:30-16:30) e tempo prolungato (fino alle 18:00, con almeno 8 richieste). A luglio è attivo un centro estivo su domanda.\n\nLa retta mensile dipende dall\'ISEE del nucleo familiare.',
        audience:
          "Famiglie residenti a Valdoria con bambine e bambini che al 1° settembre dell'anno educativo hanno almeno 3 mesi e non più di 36 mesi. Possono fare domanda anche le famiglie non residenti, che vengono inserite in coda alla graduatoria.\n\nLa domanda si può presentare anche per i bambini non ancora nati, con data presunta del parto entro il 31 maggio.",
        howTo:
          '- Accedi al servizio online con SPID o CIE del genitore che presenta la domanda.\n- Compila il modulo indicando fino a tre nidi in ordine di preferenza e il tipo di frequenza.\n- Dichiara le condizioni che danno punteggio (lavoro dei genitori, fratelli, situazioni di disabilità o di disagio) e il valore ISEE.\n- Invia la domanda e conserva la ricevuta con il numero di protocollo.\n- Consulta la graduatoria nella tua area personale e, se ti viene assegnato un posto, accettalo online entro 7 giorni.',
        requirements:
          "- Codice fiscale del bambino e dei genitori\n- Attestazione ISEE per prestazioni rivolte ai minorenni in corso di validità, se vuoi una retta ridotta\n- Certificazione di disabilità del bambino ai sensi della L. 104/1992, se presente\n- Per l'ammissione: bambino in regola con le vaccinazioni obbligatorie, verificato direttamente dal Comune con l'ASL",
        outcome:
          "Ottieni l'ammissione al nido assegnato, con la data di inizio dell'inserimento, concordata con le educatrici durante il colloquio di settembre.\n\nSe non rientri nei posti disponibili, resti in lista d'attesa: la graduatoria scorre fino al 31 marzo.",
        timing:
          '- Domande: dal 1° marzo al 15 aprile\n- Graduatoria provvisoria: entro il 31 maggio\n- Ricorsi contro la graduatoria: entro 10 giorni dalla pubblicazione\n- Graduatoria definitiva: entro il 20 giugno\n- Accettazione del posto: entro 7 giorni dalla comunicazione\n- Inizio degli inserimenti: dalla prima settimana di settembre\n\nLe domande presentate dopo il 15 aprile sono accolte fuori termine e messe in coda.',
        cost: "La domanda è gratuita.\n\nLa retta mensile va da € 100,00 a € 480,00 per il tempo pieno, in base all'ISEE; il part-time costa il 70% del tempo pieno. Per il secondo figlio iscritto la retta è ridotta del 30%. Si paga ogni mese con avviso pagoPA.\n\nPuoi chiedere all'INPS il Bonus asilo nido, fino a € 3.000,00 all'anno in base all'ISEE.",
        access:
          "La domanda si presenta solo online, con SPID o CIE.\n\nSe non hai un'identità digitale o hai bisogno di aiuto, puoi prenotare un appuntamento allo Sportello polifunzionale del cittadino, dove un operatore compila la domanda con te.",
        moreInfo:
          "- D.Lgs. 65/2017, sistema integrato di educazione e di istruzione dalla nascita fino a sei anni\n- D.L. 73/2017, convertito dalla L. 119/2017, sull'obbligo vaccinale\n- Regolamento comunale dei servizi educativi per la prima infanzia\n- Bonus asilo nido INPS: www.inps.it",
        keywords: ['asilo nido', 'nido', 'iscrizione nido', 'nido comunale', 'graduatoria nido', 'retta nido'],
      },
      en: {
        title: 'Nursery enrolment',
        summary:
          'Apply for a place at the municipal and partner nurseries of Valdoria for children aged 3 to 36 months.',
        description:
          'The Municipality of Valdoria runs two nurseries, "Il Girasole" (Via dei Tigli 8) and "Peter Pan" (Via Marconi 41), and has agreements with three private nurseries. Places are allocated from a single ranking list.\n\nNurseries are open from September to June, Monday to Friday, with three attendance options: morning part-time (7:30-13:00), full-time (7:30-16:30) and extended time (until 18:00, with at least 8 requests). In July a summer programme runs on request.\n\nThe monthly fee depends on the household\'s ISEE (means-test indicator).',
        audience:
          'Families resident in Valdoria with children who, on 1 September of the school year, are at least 3 months and no more than 36 months old. Non-resident families can also apply and are placed at the bottom of the ranking.\n\nYou can also apply for a child not yet born, if the due date is on or before 31 May.',
        howTo:
          "- Sign in to the online service with the SPID or CIE of the applying parent.\n- Fill in the form, listing up to three nurseries in order of preference and the attendance option.\n- State the conditions that earn points (parents' jobs, siblings, disability or hardship) and your ISEE value.\n- Submit the application and keep the receipt with the reference number.\n- Check the ranking in your personal area and, if you are offered a place, accept it online within 7 days.",
        requirements:
          '- Tax codes of the child and parents\n- A valid ISEE certificate for benefits for minors, if you want a reduced fee\n- Disability certification of the child under Law 104/1992, if applicable\n- For admission: the child must be up to date with compulsory vaccinations, which the Municipality checks directly with the Local Health Authority',
        outcome:
          'You get admission to the assigned nursery, with the settling-in start date agreed with the educators at the September meeting.\n\nIf no place is available, you stay on the waiting list: places are offered from the ranking until 31 March.',
        timing:
          '- Applications: 1 March to 15 April\n- Provisional ranking: by 31 May\n- Appeals against the ranking: within 10 days of publication\n- Final ranking: by 20 June\n- Accepting the place: within 7 days of notification\n- Settling-in starts: from the first week of September\n\nApplications submitted after 15 April are accepted as late and placed at the bottom.',
        cost: 'Applying is free of charge.\n\nThe monthly fee ranges from €100.00 to €480.00 for full-time, based on ISEE; part-time costs 70% of full-time. The fee for a second child enrolled is reduced by 30%. It is paid monthly with a pagoPA notice.\n\nYou can claim the INPS nursery bonus, up to €3,000.00 per year depending on ISEE.',
        access:
          "Applications are accepted online only, with SPID or CIE.\n\nIf you do not have a digital identity or need help, you can book an appointment at the Citizens' one-stop desk, where a clerk will fill in the application with you.",
        moreInfo:
          '- Legislative Decree 65/2017, integrated education system from birth to six years\n- Decree-Law 73/2017, converted by Law 119/2017, on compulsory vaccinations\n- Municipal regulation on early childhood education services\n- INPS nursery bonus: www.inps.it',
        keywords: ['nursery', 'daycare', 'crèche', 'nursery enrolment', 'childcare', 'nursery fees'],
      },
    },
  },
  {
    slug: 'servizio-mensa-scolastica',
    organization: 'comune-di-valdoria',
    category: 'educazione-e-formazione',
    lifeEvents: ['iscrizione-a-scuola'],
    offices: ['sportello-polifunzionale'],
    popularity: 420,
    content: {
      it: {
        title: 'Servizio di mensa scolastica',
        summary:
          "Iscrivere i figli alla refezione scolastica delle scuole dell'infanzia, primarie e secondarie di primo grado di Valdoria e chiedere diete speciali o riduzioni della tariffa.",
        description:
          "Il Comune garantisce il pranzo agli alunni delle scuole dell'infanzia, delle primarie e delle classi a tempo prolungato delle secondarie di primo grado. I pasti sono preparati nel centro cottura comunale di Via del Lavoro con prodotti biologici e a filiera corta, secondo menù stagionali approvati dal Servizio igiene degli alimenti dell'ASL.\n\nIl servizio si paga a consumo: ogni pasto consumato viene scalato da un borsellino elettronico che i genitori ricaricano online. Le assenze rilevate dalla scuola entro le 9:30 non vengono addebitate.",
        audience:
          "Famiglie di alunni iscritti alle scuole statali dell'infanzia, primarie e secondarie di primo grado di Valdoria che frequentano il tempo pieno o il tempo prolungato.",
        howTo:
          "- Accedi al portale dei servizi scolastici con SPID o CIE del genitore che pagherà il servizio.\n- Compila la domanda per ciascun figlio indicando scuola e classe.\n- Se serve, chiedi una dieta speciale allegando il certificato medico o la dichiarazione per motivi etici o religiosi.\n- Inserisci il valore ISEE se vuoi una tariffa ridotta.\n- Ricarica il borsellino elettronico con pagoPA prima dell'inizio della scuola.",
        requirements:
          "- Codice fiscale dell'alunno e del genitore\n- Attestazione ISEE in corso di validità, per le tariffe ridotte\n- Per diete sanitarie: certificato del pediatra o del medico specialista che indica allergie o intolleranze\n- Per diete etico-religiose: dichiarazione del genitore, senza certificato",
        outcome:
          "L'alunno è iscritto al servizio mensa per l'intero ciclo scolastico, senza bisogno di rinnovare ogni anno. La dieta speciale è comunicata alla cucina e alla scuola.",
        timing:
          'Le iscrizioni per il nuovo anno scolastico sono aperte dal 1° giugno al 31 luglio; dopo questa data sono accolte entro 10 giorni lavorativi.\n\nLe diete sanitarie vanno rinnovate ogni anno entro il 31 agosto con un nuovo certificato. Le variazioni ISEE si applicano dal mese successivo alla presentazione.',
        cost: "- Tariffa intera: € 4,80 a pasto\n- ISEE fino a € 6.000,00: € 1,50 a pasto\n- ISEE da € 6.000,01 a € 12.000,00: € 2,80 a pasto\n- ISEE da € 12.000,01 a € 20.000,00: € 3,80 a pasto\n- Riduzione del 10% dal secondo figlio iscritto\n\nL'iscrizione è gratuita. Le ricariche si fanno con pagoPA, senza importo minimo.",
        access:
          'Iscrizione, ricariche e consultazione del saldo sono disponibili online con SPID o CIE sul portale dei servizi scolastici e nell\'app "Scuola Valdoria".\n\nPer assistenza puoi rivolgerti allo Sportello polifunzionale del cittadino.',
        moreInfo:
          "- D.Lgs. 63/2017, effettività del diritto allo studio\n- Linee di indirizzo nazionali per la ristorazione scolastica (Ministero della Salute, 2010)\n- Regolamento (UE) 1169/2011, informazioni sugli allergeni\n- Regolamento comunale dei servizi scolastici\n\nIl menù del mese e l'elenco degli allergeni di ogni piatto sono pubblicati sul portale dei servizi scolastici.",
        keywords: ['mensa scolastica', 'refezione', 'pasti scuola', 'dieta speciale', 'buoni pasto scuola'],
      },
      en: {
        title: 'School meals service',
        summary:
          "Enrol your children for school meals at Valdoria's nursery, primary and lower secondary schools and request special diets or reduced fees.",
        description:
          "The Municipality provides lunch for pupils at nursery and primary schools and in the extended-time classes of lower secondary schools. Meals are cooked at the municipal kitchen in Via del Lavoro with organic and local produce, following seasonal menus approved by the Local Health Authority's food hygiene service.\n\nYou pay per meal: every meal eaten is deducted from an electronic wallet that parents top up online. Absences recorded by the school by 9:30 are not charged.",
        audience:
          'Families of pupils at state nursery, primary and lower secondary schools in Valdoria who attend full-time or extended-time classes.',
        howTo:
          '- Sign in to the school services portal with the SPID or CIE of the parent who will pay.\n- Fill in an application for each child, stating school and class.\n- If needed, request a special diet, attaching a medical certificate or a statement for ethical or religious reasons.\n- Enter your ISEE value if you want a reduced fee.\n- Top up the electronic wallet with pagoPA before school starts.',
        requirements:
          "- Tax codes of the pupil and parent\n- A valid ISEE certificate, for reduced fees\n- For medical diets: a certificate from the paediatrician or specialist stating allergies or intolerances\n- For ethical or religious diets: a parent's statement, no certificate needed",
        outcome:
          'The pupil is enrolled in the meals service for the whole school cycle, with no need to re-enrol each year. Any special diet is passed on to the kitchen and the school.',
        timing:
          'Enrolment for the new school year is open from 1 June to 31 July; after that date applications are processed within 10 working days.\n\nMedical diets must be renewed every year by 31 August with a new certificate. ISEE changes apply from the month after you submit them.',
        cost: '- Full fee: €4.80 per meal\n- ISEE up to €6,000.00: €1.50 per meal\n- ISEE €6,000.01 to €12,000.00: €2.80 per meal\n- ISEE €12,000.01 to €20,000.00: €3.80 per meal\n- 10% reduction from the second child enrolled\n\nEnrolment is free. Top-ups are made with pagoPA, with no minimum amount.',
        access:
          'Enrolment, top-ups and balance checks are available online with SPID or CIE on the school services portal and in the "Scuola Valdoria" app.\n\nFor help, contact the Citizens\' one-stop desk.',
        moreInfo:
          '- Legislative Decree 63/2017, on the right to education\n- National guidelines on school catering (Ministry of Health, 2010)\n- Regulation (EU) 1169/2011, on allergen information\n- Municipal regulation on school services\n\nThe monthly menu and the allergens in each dish are published on the school services portal.',
        keywords: ['school meals', 'school canteen', 'school lunch', 'special diet', 'meal top-up'],
      },
    },
  },
  {
    slug: 'trasporto-scolastico',
    organization: 'comune-di-valdoria',
    category: 'educazione-e-formazione',
    lifeEvents: ['iscrizione-a-scuola'],
    offices: ['sportello-polifunzionale'],
    popularity: 260,
    content: {
      it: {
        title: 'Trasporto scolastico',
        summary:
          'Iscrivere i figli allo scuolabus comunale che collega le frazioni e le zone periferiche di Valdoria alle scuole del territorio.',
        description:
          "Il servizio di trasporto scolastico accompagna gli alunni da fermate prestabilite alle scuole dell'infanzia, primarie e secondarie di primo grado del Comune, con cinque linee di scuolabus. Sulle linee delle scuole dell'infanzia è sempre presente un accompagnatore.\n\nIl servizio è pensato per chi abita a più di 1 km dalla scuola o nelle frazioni di Castelnuovo, Pieve e Molino Vecchio. I percorsi e gli orari sono pubblicati entro il 5 settembre.",
        audience:
          "Famiglie residenti a Valdoria con figli iscritti alle scuole statali dell'infanzia, primarie e secondarie di primo grado del territorio comunale, che abitano a più di 1 km dalla scuola.",
        howTo:
          "- Accedi al portale dei servizi scolastici con SPID o CIE.\n- Scegli il tipo di servizio (andata e ritorno, solo andata o solo ritorno) e la fermata più vicina.\n- Indica gli adulti delegati a ritirare il bambino alla fermata oppure, per la scuola secondaria, firma l'autorizzazione all'uscita autonoma.\n- Invia la domanda: riceverai via email la conferma con linea, fermata e orari.\n- Paga la tariffa con gli avvisi pagoPA che trovi nell'area personale.",
        requirements:
          "- Codice fiscale dell'alunno e del genitore\n- Documento di identità delle persone delegate al ritiro\n- Attestazione ISEE in corso di validità, per le riduzioni\n- Certificazione ai sensi della L. 104/1992, per il servizio gratuito con assistenza",
        outcome:
          "L'alunno è ammesso al servizio e riceve il tesserino da mostrare all'autista, con la linea e la fermata assegnate.",
        timing:
          "- Iscrizioni: dal 1° giugno al 15 luglio\n- Comunicazione di linee, fermate e orari: entro il 5 settembre\n- Inizio del servizio: primo giorno di scuola\n- Prima rata: entro il 31 ottobre\n- Seconda rata: entro il 28 febbraio\n\nLe domande tardive sono accolte solo se c'è posto sulla linea richiesta. La rinuncia va comunicata per iscritto: dopo il 31 ottobre è comunque dovuta la prima rata.",
        cost: "- Andata e ritorno: € 220,00 all'anno\n- Solo andata o solo ritorno: € 150,00 all'anno\n- Dal secondo figlio: € 160,00 all'anno per andata e ritorno\n- ISEE fino a € 8.000,00: riduzione del 50%\n- Alunni con disabilità certificata: gratuito\n\nLa tariffa si paga in due rate con pagoPA.",
        access:
          "L'iscrizione si fa online con SPID o CIE sul portale dei servizi scolastici.\n\nSe hai bisogno di aiuto puoi rivolgerti allo Sportello polifunzionale del cittadino, anche senza appuntamento.",
        moreInfo:
          '- D.M. 31 gennaio 1997, disposizioni sul trasporto scolastico\n- D.Lgs. 63/2017, effettività del diritto allo studio\n- D.L. 148/2017, convertito dalla L. 172/2017, art. 19-bis, uscita autonoma dei minori di 14 anni\n- Regolamento comunale dei servizi scolastici',
        keywords: ['scuolabus', 'trasporto scolastico', 'pulmino scuola', 'fermata scuolabus', 'bus scuola'],
      },
      en: {
        title: 'School transport',
        summary:
          "Enrol your children on the municipal school bus that links Valdoria's hamlets and outlying areas to local schools.",
        description:
          'The school transport service takes pupils from set stops to the municipal nursery, primary and lower secondary schools, on five school bus routes. On nursery school routes an escort is always on board.\n\nThe service is for children living more than 1 km from school or in the hamlets of Castelnuovo, Pieve and Molino Vecchio. Routes and times are published by 5 September.',
        audience:
          'Families resident in Valdoria with children at state nursery, primary and lower secondary schools in the municipality, living more than 1 km from school.',
        howTo:
          '- Sign in to the school services portal with SPID or CIE.\n- Choose the type of service (return, morning only or afternoon only) and the nearest stop.\n- Name the adults authorised to collect your child at the stop or, for lower secondary school, sign the permission for your child to walk home alone.\n- Submit the application: you will get an email confirming route, stop and times.\n- Pay the fee with the pagoPA notices in your personal area.',
        requirements:
          '- Tax codes of the pupil and parent\n- Identity documents of the people authorised to collect the child\n- A valid ISEE certificate, for reductions\n- Certification under Law 104/1992, for the free assisted service',
        outcome:
          'The pupil is admitted to the service and receives a pass to show the driver, with the assigned route and stop.',
        timing:
          '- Enrolment: 1 June to 15 July\n- Routes, stops and times announced: by 5 September\n- Service starts: first day of school\n- First instalment: by 31 October\n- Second instalment: by 28 February\n\nLate applications are accepted only if there is room on the requested route. Withdrawal must be given in writing: after 31 October the first instalment is due anyway.',
        cost: '- Return: €220.00 per year\n- Morning or afternoon only: €150.00 per year\n- From the second child: €160.00 per year for return\n- ISEE up to €8,000.00: 50% reduction\n- Pupils with a certified disability: free of charge\n\nThe fee is paid in two instalments with pagoPA.',
        access:
          "Enrolment is online with SPID or CIE on the school services portal.\n\nIf you need help, you can go to the Citizens' one-stop desk, even without an appointment.",
        moreInfo:
          '- Ministerial Decree of 31 January 1997, on school transport\n- Legislative Decree 63/2017, on the right to education\n- Decree-Law 148/2017, converted by Law 172/2017, art. 19-bis, children under 14 leaving school unaccompanied\n- Municipal regulation on school services',
        keywords: ['school bus', 'school transport', 'bus stop', 'school shuttle', 'pupil transport'],
      },
    },
  },
];
