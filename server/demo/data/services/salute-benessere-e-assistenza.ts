import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'scelta-medico-di-base',
    organization: 'asl-valdoria',
    category: 'salute-benessere-e-assistenza',
    lifeEvents: ['cambio-di-residenza', 'nascita-di-un-figlio', 'cura-della-salute'],
    offices: ['distretto-sanitario-centro'],
    popularity: 560,
    content: {
      it: {
        title: 'Scelta e cambio del medico di base e del pediatra',
        summary:
          'Scegliere o cambiare il medico di medicina generale o il pediatra di libera scelta, online con il Fascicolo sanitario elettronico o allo sportello del distretto.',
        description:
          "Ogni persona iscritta al Servizio sanitario nazionale ha diritto a un medico di medicina generale (medico di base) o, fino ai 14 anni, a un pediatra di libera scelta. Il pediatra è obbligatorio fino ai 6 anni; dai 6 ai 14 anni si può scegliere tra pediatra e medico di base.\n\nSi può scegliere tra i medici che operano nell'ambito territoriale di residenza e che non hanno raggiunto il numero massimo di assistiti (1.500 per i medici di base, 880 per i pediatri). La scelta si può cambiare in qualsiasi momento.\n\nChi vive a Valdoria per almeno tre mesi per lavoro, studio o cure, pur essendo residente altrove, può chiedere il medico a tempo determinato.",
        audience:
          "- Residenti a Valdoria iscritti al Servizio sanitario nazionale\n- Genitori di neonati e di bambini che compiono 14 anni\n- Domiciliati temporanei per motivi di lavoro, studio o salute\n- Cittadini stranieri con permesso di soggiorno che danno diritto all'iscrizione al Servizio sanitario nazionale",
        howTo:
          '- Accedi al Fascicolo sanitario elettronico con SPID o CIE e apri la sezione "Scelta e revoca del medico".\n- Consulta l\'elenco dei medici disponibili nel tuo ambito, con indirizzo e orari degli studi.\n- Seleziona il nuovo medico: la scelta precedente viene revocata automaticamente.\n- Scarica la conferma e, per il primo accesso, prendi contatto con lo studio.\n- In alternativa, prenota un appuntamento allo sportello Scelta e revoca del Distretto sanitario Centro.',
        requirements:
          "- Tessera sanitaria o codice fiscale\n- Documento di identità\n- Per i domiciliati temporanei: dichiarazione del datore di lavoro, certificato di iscrizione all'università o documentazione sanitaria\n- Per i cittadini stranieri: permesso di soggiorno o ricevuta della richiesta di rinnovo",
        outcome:
          'La scelta del nuovo medico è registrata subito ed è valida dal giorno stesso. La tessera sanitaria non cambia e resta valida.',
        timing:
          "Online la scelta è immediata; allo sportello viene registrata durante l'appuntamento.\n\nPer i domiciliati temporanei la scelta vale da 3 mesi a 1 anno ed è rinnovabile. Al compimento dei 14 anni il pediatra viene revocato automaticamente: entro quella data va scelto il medico di base.",
        cost: 'Gratuito.',
        access:
          'Online con SPID o CIE tramite il Fascicolo sanitario elettronico, oppure su appuntamento allo sportello Scelta e revoca del Distretto sanitario Centro, in Via Cavour 33.',
        moreInfo:
          "- L. 833/1978, istituzione del Servizio sanitario nazionale, artt. 19 e 25\n- Accordo collettivo nazionale per la medicina generale e per la pediatria di libera scelta\n- D.P.C.M. 12 gennaio 2017, livelli essenziali di assistenza (LEA)\n\nIl medico può ricusare un assistito solo per eccezionali e motivate ragioni, comunicate all'ASL.",
        keywords: ['medico di base', 'medico di famiglia', 'cambio medico', 'pediatra', 'scelta e revoca'],
      },
      en: {
        title: 'Choosing or changing your GP or paediatrician',
        summary:
          'Choose or change your general practitioner or family paediatrician, online through the Electronic Health Record or at the health district desk.',
        description:
          'Everyone registered with the National Health Service is entitled to a general practitioner (GP) or, up to age 14, a family paediatrician. A paediatrician is compulsory up to age 6; from 6 to 14 you can choose between a paediatrician and a GP.\n\nYou can choose among the doctors working in your area of residence who have not reached their maximum number of patients (1,500 for GPs, 880 for paediatricians). You can change your choice at any time.\n\nPeople who live in Valdoria for at least three months for work, study or treatment while resident elsewhere can ask for a temporary GP.',
        audience:
          '- Valdoria residents registered with the National Health Service\n- Parents of newborns and of children turning 14\n- Temporary residents for work, study or health reasons\n- Foreign citizens with a residence permit that entitles them to National Health Service registration',
        howTo:
          '- Sign in to the Electronic Health Record with SPID or CIE and open the "Choose or change doctor" section.\n- Look through the list of available doctors in your area, with surgery addresses and hours.\n- Select your new doctor: your previous choice is cancelled automatically.\n- Download the confirmation and contact the surgery for your first appointment.\n- Alternatively, book an appointment at the doctor registration desk of the Central health district.',
        requirements:
          '- Health insurance card or tax code\n- Identity document\n- For temporary residents: a statement from your employer, a university enrolment certificate or medical records\n- For foreign citizens: residence permit or receipt of the renewal application',
        outcome:
          'Your new doctor is registered immediately and valid from the same day. Your health insurance card does not change and remains valid.',
        timing:
          'Online, the choice is immediate; at the desk it is recorded during the appointment.\n\nFor temporary residents the choice lasts from 3 months to 1 year and can be renewed. When a child turns 14 the paediatrician is cancelled automatically: a GP must be chosen by that date.',
        cost: 'Free of charge.',
        access:
          'Online with SPID or CIE through the Electronic Health Record, or by appointment at the doctor registration desk of the Central health district, Via Cavour 33.',
        moreInfo:
          '- Law 833/1978, establishing the National Health Service, arts. 19 and 25\n- National collective agreements for general practice and family paediatrics\n- Prime Ministerial Decree of 12 January 2017, essential levels of care (LEA)\n\nA doctor can refuse a patient only for exceptional and justified reasons, notified to the Local Health Authority.',
        keywords: ['GP', 'family doctor', 'change doctor', 'paediatrician', 'register with a doctor'],
      },
    },
  },
  {
    slug: 'prenotazione-visite-cup',
    organization: 'asl-valdoria',
    category: 'salute-benessere-e-assistenza',
    lifeEvents: ['cura-della-salute'],
    offices: ['cup-ospedale-valdoria'],
    popularity: 730,
    content: {
      it: {
        title: 'Prenotazione di visite ed esami (CUP)',
        summary:
          'Prenotare, spostare o disdire visite specialistiche ed esami diagnostici con il Centro unico di prenotazione, online, per telefono, in farmacia o allo sportello.',
        description:
          "Il Centro unico di prenotazione (CUP) dell'ASL di Valdoria gestisce le agende delle visite specialistiche e degli esami erogati dall'ospedale, dai poliambulatori dei distretti e dalle strutture private accreditate.\n\nPer prenotare serve la ricetta del medico di base, del pediatra o dello specialista. Sulla ricetta il medico indica la classe di priorità, che stabilisce entro quanto tempo la prestazione deve essere garantita: U (urgente) entro 72 ore, B (breve) entro 10 giorni, D (differibile) entro 30 giorni per le visite e 60 giorni per gli esami, P (programmata) entro 120 giorni.\n\nSe nel territorio non c'è disponibilità nei tempi previsti, il CUP attiva un percorso di tutela che garantisce la prestazione pagando solo il ticket.",
        audience:
          'Tutte le persone iscritte al Servizio sanitario nazionale che hanno una prescrizione per una visita o un esame.',
        howTo:
          "- Tieni a portata di mano la ricetta elettronica: ti serve il Numero di ricetta elettronica (NRE) e il codice fiscale.\n- Prenota online dal CUPweb o dal Fascicolo sanitario elettronico, chiamando il CUP telefonico, in una farmacia abilitata o allo sportello CUP dell'ospedale.\n- Scegli tra gli appuntamenti proposti; se nessuno va bene, puoi chiedere l'inserimento in lista di garanzia.\n- Paga il ticket online con pagoPA prima della visita o alle casse automatiche.\n- Se non puoi presentarti, disdici almeno 2 giorni lavorativi prima.",
        requirements:
          '- Ricetta elettronica (NRE) o cartacea\n- Tessera sanitaria\n- Eventuale attestato di esenzione dal ticket per reddito, patologia o invalidità',
        outcome:
          'Ottieni la prenotazione con data, ora, luogo della prestazione e indicazioni per la preparazione. Il promemoria è disponibile nel Fascicolo sanitario elettronico e ti viene inviato un SMS qualche giorno prima.',
        timing:
          "La prestazione viene fissata entro i tempi della classe di priorità indicata sulla ricetta.\n\nLa ricetta con priorità va prenotata entro 30 giorni dall'emissione (3 giorni per la classe B), altrimenti la priorità decade. Senza priorità la ricetta vale 180 giorni.\n\nChi non si presenta senza aver disdetto almeno 2 giorni lavorativi prima deve pagare il ticket anche se esente.",
        cost: 'La prenotazione è gratuita.\n\nPer la prestazione si paga il ticket, fino a un massimo di € 36,15 per ricetta, salvo esenzione per età e reddito, patologia cronica o invalidità. Nella nostra regione si aggiunge una quota fissa di € 5,00 per ricetta per i redditi superiori a € 36.152,00.',
        access:
          "Puoi prenotare online con SPID o CIE, per telefono al CUP dal lunedì al venerdì dalle 8:00 alle 18:00 e il sabato dalle 8:00 alle 13:00, nelle farmacie del territorio o di persona allo sportello CUP nell'atrio dell'Ospedale di Valdoria.",
        moreInfo:
          '- D.Lgs. 124/1998, art. 3, tempi di attesa e mancata disdetta\n- Piano nazionale di governo delle liste di attesa (PNGLA) 2019-2021\n- D.L. 73/2024, convertito dalla L. 107/2024, misure per la riduzione dei tempi delle liste di attesa\n- D.P.C.M. 12 gennaio 2017, livelli essenziali di assistenza (LEA)',
        keywords: ['cup', 'prenotare visita', 'prenotazione esami', 'ticket', 'visita specialistica', 'ricetta'],
      },
      en: {
        title: 'Booking medical visits and tests (CUP)',
        summary:
          'Book, reschedule or cancel specialist visits and diagnostic tests through the single booking centre (CUP), online, by phone, at a pharmacy or at the desk.',
        description:
          'The single booking centre (CUP) of the Valdoria Local Health Authority manages the schedules of specialist visits and tests provided by the hospital, district outpatient clinics and accredited private facilities.\n\nTo book you need a prescription from your GP, paediatrician or specialist. On the prescription the doctor states the priority class, which sets the time within which the service must be provided: U (urgent) within 72 hours, B (short) within 10 days, D (deferrable) within 30 days for visits and 60 days for tests, P (planned) within 120 days.\n\nIf nothing is available locally within the set time, the CUP starts a guarantee pathway so you receive the service paying only the standard charge (ticket).',
        audience: 'Everyone registered with the National Health Service who has a prescription for a visit or test.',
        howTo:
          '- Have your electronic prescription ready: you need the electronic prescription number (NRE) and your tax code.\n- Book online through CUPweb or the Electronic Health Record, by calling the CUP, at a participating pharmacy or at the hospital CUP desk.\n- Choose one of the appointments offered; if none suits you, ask to be put on the guarantee list.\n- Pay the ticket online with pagoPA before the visit or at the payment machines.\n- If you cannot attend, cancel at least 2 working days in advance.',
        requirements:
          '- Electronic (NRE) or paper prescription\n- Health insurance card\n- Any certificate of exemption from the ticket for income, illness or disability',
        outcome:
          'You get a booking with the date, time and place of the appointment and any preparation instructions. The reminder is available in the Electronic Health Record and you receive a text message a few days before.',
        timing:
          'The appointment is set within the time of the priority class shown on the prescription.\n\nA prescription with a priority must be booked within 30 days of issue (3 days for class B), otherwise the priority lapses. Without priority, the prescription is valid for 180 days.\n\nIf you miss the appointment without cancelling at least 2 working days before, you must pay the ticket even if you are exempt.',
        cost: 'Booking is free of charge.\n\nFor the service you pay the ticket, up to €36.15 per prescription, unless you are exempt for age and income, chronic illness or disability. In our region a fixed €5.00 per prescription is added for incomes above €36,152.00.',
        access:
          'You can book online with SPID or CIE, by phone with the CUP Monday to Friday 8:00-18:00 and Saturday 8:00-13:00, at local pharmacies or in person at the CUP desk in the lobby of Valdoria Hospital.',
        moreInfo:
          '- Legislative Decree 124/1998, art. 3, waiting times and missed cancellations\n- National waiting list management plan (PNGLA) 2019-2021\n- Decree-Law 73/2024, converted by Law 107/2024, measures to reduce waiting times\n- Prime Ministerial Decree of 12 January 2017, essential levels of care (LEA)',
        keywords: ['cup', 'book appointment', 'book medical test', 'specialist visit', 'prescription', 'waiting list'],
      },
    },
  },
  {
    slug: 'assegno-di-cura-anziani',
    organization: 'comune-di-valdoria',
    category: 'salute-benessere-e-assistenza',
    lifeEvents: ['pensionamento', 'cura-della-salute'],
    offices: ['sportello-polifunzionale'],
    popularity: 210,
    content: {
      it: {
        title: 'Assegno di cura per anziani non autosufficienti',
        summary:
          'Contributo economico mensile per le famiglie che assistono a casa una persona anziana non autosufficiente, in alternativa al ricovero in struttura.',
        description:
          "L'assegno di cura è un contributo del Comune, finanziato dal Fondo per la non autosufficienza, che sostiene le famiglie che si prendono cura a domicilio di una persona di almeno 65 anni non autosufficiente, direttamente o con l'aiuto di un'assistente familiare.\n\nL'importo dipende dal livello di non autosufficienza valutato dall'Unità di valutazione multidimensionale (UVM), composta da assistente sociale, medico e infermiere dell'ASL. Con la famiglia viene sottoscritto un piano di assistenza individuale che descrive gli impegni di cura.\n\nL'assegno è compatibile con l'indennità di accompagnamento dell'INPS.",
        audience:
          "Famiglie residenti a Valdoria che assistono a domicilio una persona di almeno 65 anni non autosufficiente, con ISEE sociosanitario non superiore a € 25.000,00. La domanda può essere presentata dalla persona anziana, da un familiare, dall'amministratore di sostegno o dal tutore.",
        howTo:
          "- Prenota un colloquio con l'assistente sociale allo Sportello polifunzionale del cittadino o presenta la domanda online con SPID o CIE.\n- L'assistente sociale effettua una visita a domicilio e attiva la valutazione dell'UVM.\n- Sulla base della valutazione, concordi e firmi il piano di assistenza individuale.\n- L'assegno viene pagato ogni mese sul conto corrente indicato.\n- Comunica entro 15 giorni ogni variazione (ricovero, cambio di residenza, decesso).",
        requirements:
          "- Attestazione ISEE sociosanitario in corso di validità\n- Documentazione sanitaria recente e verbale di invalidità civile, se disponibile\n- IBAN del conto su cui ricevere l'assegno\n- Se c'è un'assistente familiare: contratto di lavoro regolare",
        outcome:
          "Ottieni l'assegno di cura mensile per la durata del piano di assistenza, di norma 12 mesi, rinnovabile dopo una nuova valutazione.",
        timing:
          "La valutazione dell'UVM avviene entro 30 giorni dalla domanda. L'assegno decorre dal mese successivo alla firma del piano e viene pagato entro il giorno 20 di ogni mese.\n\nLe domande sono accolte tutto l'anno, nei limiti delle risorse disponibili; se i fondi non bastano viene formata una lista d'attesa in base alla gravità e all'ISEE.",
        cost: "La domanda è gratuita.\n\nImporti mensili dell'assegno:\n\n- Livello A, non autosufficienza grave: € 450,00\n- Livello B, non autosufficienza medio-alta: € 350,00\n- Livello C, non autosufficienza moderata: € 250,00\n- Contributo aggiuntivo di € 160,00 al mese per chi ha un'assistente familiare con contratto regolare",
        access:
          "Puoi presentare la domanda online con SPID o CIE, oppure su appuntamento con il Servizio sociale allo Sportello polifunzionale del cittadino. Se la persona non può spostarsi, l'assistente sociale effettua il primo colloquio a domicilio.",
        moreInfo:
          '- L. 328/2000, sistema integrato di interventi e servizi sociali\n- D.Lgs. 29/2024, politiche in favore delle persone anziane\n- D.P.C.M. 159/2013, regolamento ISEE\n- Piano nazionale per la non autosufficienza e regolamento comunale dei servizi sociali',
        keywords: [
          'assegno di cura',
          'non autosufficienza',
          'anziani',
          'badante',
          'contributo assistenza',
          'caregiver',
        ],
      },
      en: {
        title: 'Care allowance for dependent older people',
        summary:
          'Monthly allowance for families caring at home for an older person who is no longer self-sufficient, as an alternative to residential care.',
        description:
          'The care allowance is a municipal benefit, funded by the Long-Term Care Fund, that supports families caring at home for a person aged 65 or over who is not self-sufficient, either themselves or with the help of a home care worker.\n\nThe amount depends on the level of dependency assessed by the multidimensional assessment unit (UVM), made up of a social worker, doctor and nurse from the Local Health Authority. An individual care plan describing the care commitments is signed with the family.\n\nThe allowance can be received together with the INPS attendance allowance.',
        audience:
          'Families resident in Valdoria caring at home for a person aged 65 or over who is not self-sufficient, with a social-health ISEE of no more than €25,000.00. The application can be made by the older person, a relative, their support administrator or guardian.',
        howTo:
          "- Book a meeting with a social worker at the Citizens' one-stop desk or apply online with SPID or CIE.\n- The social worker visits the home and requests the UVM assessment.\n- Based on the assessment, you agree and sign the individual care plan.\n- The allowance is paid monthly into the bank account you give.\n- Report any change (hospital or care home admission, change of address, death) within 15 days.",
        requirements:
          '- A valid social-health ISEE certificate\n- Recent medical records and the civil disability assessment report, if available\n- IBAN of the account to receive the allowance\n- If there is a home care worker: a regular employment contract',
        outcome:
          'You receive the monthly care allowance for the duration of the care plan, normally 12 months, renewable after a new assessment.',
        timing:
          'The UVM assessment takes place within 30 days of the application. The allowance starts from the month after the plan is signed and is paid by the 20th of each month.\n\nApplications are accepted all year round, within the available funds; if funds run short, a waiting list is drawn up based on severity and ISEE.',
        cost: 'Applying is free of charge.\n\nMonthly allowance amounts:\n\n- Level A, severe dependency: €450.00\n- Level B, medium-high dependency: €350.00\n- Level C, moderate dependency: €250.00\n- An extra €160.00 per month for families employing a home care worker on a regular contract',
        access:
          "You can apply online with SPID or CIE, or by appointment with Social Services at the Citizens' one-stop desk. If the person cannot travel, the social worker holds the first meeting at home.",
        moreInfo:
          '- Law 328/2000, integrated system of social services\n- Legislative Decree 29/2024, policies for older people\n- Prime Ministerial Decree 159/2013, ISEE regulation\n- National long-term care plan and municipal social services regulation',
        keywords: ['care allowance', 'elderly care', 'dependent elderly', 'home carer', 'caregiver support'],
      },
    },
  },
  {
    slug: 'iscrizione-anagrafe-canina',
    organization: 'asl-valdoria',
    category: 'salute-benessere-e-assistenza',
    lifeEvents: ['possesso-di-un-animale-domestico'],
    offices: ['distretto-sanitario-centro'],
    popularity: 240,
    content: {
      it: {
        title: "Iscrizione all'anagrafe degli animali d'affezione",
        summary:
          "Identificare il cane con il microchip e iscriverlo all'anagrafe degli animali d'affezione, obbligatorio entro i due mesi di vita o dall'acquisizione; facoltativo per gatti e furetti.",
        description:
          "L'anagrafe degli animali d'affezione è il registro che collega ogni cane, identificato da un microchip sottocutaneo, al suo proprietario. Serve a ritrovare gli animali smarriti, a prevenire l'abbandono e a tutelare la salute pubblica.\n\nL'iscrizione è obbligatoria per i cani. Per gatti e furetti è facoltativa, ma diventa necessaria per ottenere il passaporto europeo e viaggiare all'estero.\n\nIl microchip può essere applicato dal Servizio veterinario dell'ASL o da un veterinario libero professionista accreditato, che registra subito l'animale nell'anagrafe regionale, collegata al Sistema nazionale di identificazione (SINAC).",
        audience:
          'Proprietari e detentori di cani residenti a Valdoria; proprietari di gatti e furetti che desiderano iscriverli.',
        howTo:
          "- Prenota l'applicazione del microchip al Servizio veterinario del Distretto sanitario Centro o rivolgiti a un veterinario accreditato.\n- Porta l'animale all'appuntamento con i tuoi documenti.\n- Il veterinario legge o applica il microchip e iscrive l'animale a tuo nome.\n- Conserva il certificato di iscrizione.\n- Comunica entro 15 giorni cessione, cambio di residenza o morte dell'animale, ed entro 3 giorni lo smarrimento.",
        requirements:
          "- Documento di identità e codice fiscale del proprietario\n- L'animale, da portare all'appuntamento\n- Per i cani già dotati di microchip, acquistati o adottati: documento di cessione firmato dal precedente proprietario\n- Per i cani provenienti dall'estero: passaporto europeo dell'animale",
        outcome:
          "Il cane risulta iscritto all'anagrafe a tuo nome e ricevi il certificato di iscrizione con il codice del microchip, che puoi mostrare in caso di controlli.",
        timing:
          "- Iscrizione dei cuccioli: entro il secondo mese di vita\n- Cani acquistati o adottati: entro 15 giorni dall'acquisizione\n- Smarrimento: entro 3 giorni\n- Cessione, cambio di residenza o decesso: entro 15 giorni\n\nL'iscrizione è immediata, al momento dell'applicazione o della lettura del microchip.",
        cost: "- Iscrizione all'anagrafe e variazioni: gratuite\n- Applicazione del microchip al Servizio veterinario dell'ASL: € 20,00, pagati con pagoPA\n- Applicazione presso un veterinario libero professionista: tariffa stabilita dal professionista",
        access:
          'Su appuntamento al Servizio veterinario del Distretto sanitario Centro, in Via Cavour 33, oppure da un veterinario accreditato.\n\nLe comunicazioni di smarrimento, cessione e decesso si possono fare anche online con SPID o CIE.',
        moreInfo:
          '- L. 281/1991, legge quadro in materia di animali di affezione e prevenzione del randagismo\n- D.Lgs. 134/2022, Sistema di identificazione nazionale degli animali da compagnia (SINAC)\n- Regolamento (UE) 576/2013, movimenti a carattere non commerciale di animali da compagnia\n\nIl proprietario di un cane non iscritto è soggetto a sanzione amministrativa. Il cane smarrito e ritrovato viene restituito in poche ore grazie al microchip.',
        keywords: ['anagrafe canina', 'microchip', 'iscrizione cane', 'cane smarrito', 'passaporto cane', 'gatto'],
      },
      en: {
        title: 'Pet registry enrolment',
        summary:
          'Have your dog microchipped and enrolled in the pet registry, compulsory by two months of age or after you acquire it; optional for cats and ferrets.',
        description:
          'The pet registry links every dog, identified by a microchip under its skin, to its owner. It helps find lost animals, prevents abandonment and protects public health.\n\nEnrolment is compulsory for dogs. For cats and ferrets it is optional, but becomes necessary to get a European pet passport and travel abroad.\n\nThe microchip can be implanted by the Local Health Authority veterinary service or by an accredited private vet, who immediately enrols the animal in the regional registry, linked to the national identification system (SINAC).',
        audience: 'Owners and keepers of dogs resident in Valdoria; owners of cats and ferrets who wish to enrol them.',
        howTo:
          '- Book microchipping with the veterinary service of the Central health district or go to an accredited vet.\n- Bring the animal to the appointment with your documents.\n- The vet reads or implants the microchip and enrols the animal in your name.\n- Keep the enrolment certificate.\n- Report a transfer, change of address or death within 15 days, and loss within 3 days.',
        requirements:
          "- Owner's identity document and tax code\n- The animal, brought to the appointment\n- For already microchipped dogs that you bought or adopted: the transfer document signed by the previous owner\n- For dogs coming from abroad: the animal's European pet passport",
        outcome:
          'The dog is enrolled in the registry in your name and you receive an enrolment certificate with the microchip number, which you can show if checked.',
        timing:
          '- Puppies: by two months of age\n- Dogs bought or adopted: within 15 days of acquiring them\n- Loss: within 3 days\n- Transfer, change of address or death: within 15 days\n\nEnrolment is immediate, when the microchip is implanted or read.',
        cost: '- Enrolment and changes: free of charge\n- Microchipping at the Local Health Authority veterinary service: €20.00, paid with pagoPA\n- Microchipping by a private vet: fee set by the vet',
        access:
          'By appointment at the veterinary service of the Central health district, Via Cavour 33, or with an accredited vet.\n\nLoss, transfer and death can also be reported online with SPID or CIE.',
        moreInfo:
          '- Law 281/1991, framework law on pets and the prevention of stray animals\n- Legislative Decree 134/2022, national pet identification system (SINAC)\n- Regulation (EU) 576/2013, non-commercial movement of pet animals\n\nOwners of unregistered dogs are liable to an administrative fine. A lost dog that is found is returned within hours thanks to the microchip.',
        keywords: ['dog registry', 'microchip', 'register a dog', 'lost dog', 'pet passport', 'cat microchip'],
      },
    },
  },
];
