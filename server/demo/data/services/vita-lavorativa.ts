import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'dichiarazione-di-immediata-disponibilita',
    organization: 'agenzia-regionale-lavoro',
    category: 'vita-lavorativa',
    lifeEvents: ['ricerca-di-lavoro'],
    offices: ['centro-per-l-impiego-valdoria'],
    popularity: 620,
    content: {
      it: {
        title: 'Dichiarazione di immediata disponibilità al lavoro (DID)',
        summary:
          "Dichiarare di essere disoccupato e disponibile a lavorare, per accedere ai servizi del centro per l'impiego, alle politiche attive e, se ne hai diritto, alla NASpI.",
        description:
          "La dichiarazione di immediata disponibilità (DID) è il primo passo per essere riconosciuti disoccupati. Con la DID dichiari di essere senza lavoro, o di avere un reddito da lavoro sotto la soglia prevista dalla legge, e di essere pronto a partecipare alle attività concordate con il centro per l'impiego.\n\nDopo la DID il centro per l'impiego ti convoca per un colloquio e per firmare il patto di servizio personalizzato, che indica il tuo percorso: orientamento, formazione, tirocini, accompagnamento al lavoro, anche nell'ambito del programma GOL (Garanzia di occupabilità dei lavoratori).\n\nLo stato di disoccupazione dà accesso a servizi e agevolazioni, come l'esenzione dal ticket sanitario se il reddito familiare lo consente e gli incentivi per le imprese che ti assumono.",
        audience:
          "Persone di almeno 16 anni che hanno assolto l'obbligo di istruzione, residenti o domiciliate in regione, che non hanno un lavoro oppure lavorano con un reddito annuo inferiore alla soglia di esenzione fiscale.\n\nChi chiede all'INPS la NASpI o la DIS-COLL non deve presentare una DID separata: la domanda di indennità vale anche come dichiarazione di disponibilità.",
        howTo:
          "- Accedi al portale regionale del lavoro con SPID, CIE o CNS.\n- Compila la DID indicando la tua situazione lavorativa, il titolo di studio e le esperienze precedenti.\n- Rispondi al questionario di profilazione, che serve a capire di quale supporto hai bisogno.\n- Entro 30 giorni contatta il Centro per l'impiego di Valdoria, o attendi la convocazione, per il colloquio individuale.\n- Al colloquio firma il patto di servizio personalizzato e concorda le attività con l'operatore.",
        requirements:
          "- Credenziali SPID, CIE o CNS per la procedura online\n- Documento di identità valido e codice fiscale\n- Per i cittadini non UE: permesso di soggiorno valido o ricevuta della domanda di rinnovo\n- Curriculum vitae aggiornato, da portare al colloquio\n- Lettera di licenziamento o altra documentazione sull'ultimo rapporto di lavoro, se disponibile",
        outcome:
          "Ottieni il riconoscimento dello stato di disoccupazione dalla data della DID e, dopo il colloquio, il patto di servizio personalizzato con il percorso concordato. L'attestazione dello stato di disoccupazione si scarica in ogni momento dal portale.",
        timing:
          "- La DID ha effetto dal giorno in cui la presenti\n- Entro 30 giorni devi contattare il centro per l'impiego; chi riceve la NASpI o la DIS-COLL deve farlo entro 15 giorni dalla domanda all'INPS\n- Il colloquio per il patto di servizio si svolge di solito entro 30 giorni\n\nSe non ti presenti ai colloqui senza un giustificato motivo, l'indennità viene ridotta fino alla decadenza.",
        cost: 'Gratuito.',
        access:
          "Puoi presentare la DID online, in autonomia, dal portale regionale del lavoro (lavoro.regione.example.it) con SPID, CIE o CNS.\n\nSe hai bisogno di aiuto, prenota da questa pagina un appuntamento al Centro per l'impiego di Valdoria: un operatore compila la DID insieme a te.",
        moreInfo:
          '- D.Lgs. 150/2015, artt. 19-21, sullo stato di disoccupazione e sul patto di servizio personalizzato\n- D.Lgs. 22/2015, sulla NASpI\n- Decreto-legge 4/2019, art. 4, comma 15-quater, sui redditi compatibili con lo stato di disoccupazione\n- Programma GOL, Piano nazionale di ripresa e resilienza, Missione 5',
        keywords: [
          'DID',
          'disoccupazione',
          'stato di disoccupazione',
          "centro per l'impiego",
          'iscrizione disoccupati',
          'patto di servizio',
        ],
      },
      en: {
        title: 'Declaration of immediate availability for work (DID)',
        summary:
          'Declare that you are unemployed and available for work, so that you can use job centre services and active labour market programmes and, if entitled, receive NASpI unemployment benefit.',
        description:
          "The declaration of immediate availability (DID) is the first step to being recognised as unemployed. With the DID you declare that you are out of work, or that your income from work is below the legal threshold, and that you are ready to take part in the activities agreed with the job centre.\n\nAfter the DID the job centre invites you to an interview to sign a personalised service agreement setting out your pathway: guidance, training, traineeships and job placement support, including under the GOL programme (Workers' Employability Guarantee).\n\nUnemployed status gives access to services and benefits, such as exemption from healthcare co-payments if your household income qualifies and incentives for businesses that hire you.",
        audience:
          'People aged 16 or over who have completed compulsory education, living or domiciled in the region, who have no job or whose annual income from work is below the tax-exemption threshold.\n\nIf you apply to INPS for NASpI or DIS-COLL benefit you do not need a separate DID: the benefit application also counts as a declaration of availability.',
        howTo:
          '- Sign in to the regional employment portal with SPID, CIE or CNS.\n- Fill in the DID with your employment situation, qualifications and previous experience.\n- Answer the profiling questionnaire, which helps establish what support you need.\n- Within 30 days contact the Valdoria Job Centre, or wait to be called, for your individual interview.\n- At the interview sign the personalised service agreement and agree your activities with the adviser.',
        requirements:
          '- SPID, CIE or CNS credentials for the online procedure\n- A valid identity document and tax code\n- For non-EU citizens: a valid residence permit or the receipt of the renewal application\n- An up-to-date CV, to bring to the interview\n- Dismissal letter or other documents about your last job, if available',
        outcome:
          'Your unemployed status is recognised from the date of the DID and, after the interview, you have a personalised service agreement with the agreed pathway. You can download the certificate of unemployed status from the portal at any time.',
        timing:
          '- The DID takes effect on the day you submit it\n- Within 30 days you must contact the job centre; NASpI or DIS-COLL recipients must do so within 15 days of their INPS application\n- The service agreement interview usually takes place within 30 days\n\nIf you miss interviews without good reason, your benefit is reduced and may be withdrawn.',
        cost: 'Free of charge.',
        access:
          'You can submit the DID online yourself on the regional employment portal (lavoro.regione.example.it) with SPID, CIE or CNS.\n\nIf you need help, book an appointment at the Valdoria Job Centre from this page: an adviser will fill in the DID with you.',
        moreInfo:
          '- Legislative Decree 150/2015, arts. 19-21, on unemployed status and the personalised service agreement\n- Legislative Decree 22/2015, on NASpI\n- Decree-Law 4/2019, art. 4(15-quater), on income compatible with unemployed status\n- GOL programme, National Recovery and Resilience Plan, Mission 5',
        keywords: [
          'DID',
          'unemployment',
          'unemployed status',
          'job centre',
          'register as unemployed',
          'service agreement',
        ],
      },
    },
  },
  {
    slug: 'iscrizione-a-corsi-di-formazione-e-tirocini',
    organization: 'agenzia-regionale-lavoro',
    category: 'vita-lavorativa',
    lifeEvents: ['ricerca-di-lavoro'],
    offices: ['centro-per-l-impiego-valdoria'],
    popularity: 380,
    content: {
      it: {
        title: 'Iscrizione a corsi di formazione e tirocini',
        summary:
          "Iscriversi ai corsi di formazione gratuiti e candidarsi ai tirocini extracurricolari proposti dal centro per l'impiego, per acquisire competenze e fare esperienza in azienda.",
        description:
          "Il Centro per l'impiego di Valdoria propone corsi di formazione gratuiti, finanziati dal Fondo sociale europeo Plus e dal programma GOL, e tirocini extracurricolari presso imprese ed enti del territorio.\n\nI corsi vanno dalle competenze di base (italiano per stranieri, informatica, lingue) alla formazione per i profili più richiesti dalle imprese locali, come operatore di magazzino, saldatore, operatore socio-sanitario (OSS) e cuoco. Molti percorsi si concludono con un esame e un certificato di qualifica valido in tutta Italia.\n\nIl tirocinio è un periodo di formazione in azienda, da 2 a 12 mesi, seguito da un tutor del centro per l'impiego e da un tutor aziendale. Non è un rapporto di lavoro, ma prevede un'indennità mensile di partecipazione.",
        audience:
          'Persone disoccupate che hanno presentato la DID, giovani dai 15 ai 29 anni che non studiano e non lavorano, iscritti a Garanzia Giovani, e lavoratori in cassa integrazione. Alcuni corsi sono aperti anche a chi lavora e vuole aggiornarsi.',
        howTo:
          "- Consulta il catalogo dei corsi e le offerte di tirocinio sul portale regionale del lavoro o nella bacheca del centro per l'impiego.\n- Se non l'hai già fatto, presenta la DID: è richiesta per la maggior parte dei percorsi.\n- Prenota un colloquio di orientamento: l'operatore valuta con te il corso o il tirocinio più adatto e lo inserisce nel tuo patto di servizio.\n- Per i corsi, compila la domanda di iscrizione entro la scadenza del bando e partecipa alla selezione, se prevista.\n- Per i tirocini, il centro per l'impiego presenta la tua candidatura all'azienda e, se c'è accordo, firma con l'azienda e con te la convenzione e il progetto formativo.",
        requirements:
          '- Documento di identità e codice fiscale\n- DID e patto di servizio personalizzato, per i percorsi riservati ai disoccupati\n- Curriculum vitae aggiornato\n- Titolo di studio o dichiarazione sostitutiva; per i titoli esteri, la dichiarazione di valore o il riconoscimento\n- Per i cittadini non UE: permesso di soggiorno che consenta di lavorare',
        outcome:
          "Ottieni l'iscrizione al corso, con attestato di frequenza o certificato di qualifica se superi l'esame finale, oppure l'avvio del tirocinio con la convenzione, il progetto formativo individuale e l'indennità mensile.",
        timing:
          "- Colloquio di orientamento: di solito entro 15 giorni dalla prenotazione\n- Corsi: le iscrizioni sono aperte secondo i bandi, in genere da settembre a novembre e da febbraio ad aprile; le graduatorie escono entro 20 giorni dalla chiusura\n- Tirocini: l'avvio richiede circa 30 giorni dall'incontro con l'azienda; la durata va da 2 a 12 mesi",
        cost: "Gratuito.\n\nI corsi finanziati non hanno costi per i partecipanti. Nei tirocini è l'azienda ospitante a pagare l'indennità, di almeno € 500,00 lordi al mese, a condizione che frequenti almeno il 70% delle ore previste.",
        access:
          "Prenota da questa pagina un colloquio di orientamento al Centro per l'impiego di Valdoria. Le domande di iscrizione ai corsi si presentano online sul portale regionale del lavoro (lavoro.regione.example.it) con SPID, CIE o CNS.",
        moreInfo:
          '- Linee guida sui tirocini formativi e di orientamento, Accordo Stato-Regioni del 25 maggio 2017\n- Legge 92/2012, art. 1, commi 34-36\n- D.Lgs. 150/2015, sulle politiche attive del lavoro\n- Regolamento (UE) 2021/1057 sul Fondo sociale europeo Plus (FSE+)',
        keywords: [
          'corsi di formazione',
          'tirocinio',
          'stage',
          'formazione gratuita',
          'qualifica professionale',
          'Garanzia Giovani',
          'GOL',
        ],
      },
      en: {
        title: 'Enrolling in training courses and traineeships',
        summary:
          'Enrol in free training courses and apply for the work traineeships offered by the job centre, to gain skills and experience in a company.',
        description:
          'The Valdoria Job Centre offers free training courses, funded by the European Social Fund Plus and the GOL programme, and traineeships with local businesses and organisations.\n\nCourses range from basic skills (Italian for foreigners, IT, languages) to training for the profiles most in demand among local employers, such as warehouse operative, welder, healthcare assistant (OSS) and cook. Many courses end with an exam and a qualification certificate valid throughout Italy.\n\nA traineeship is a period of training in a company, lasting 2 to 12 months, supervised by a job centre tutor and a company tutor. It is not employment, but it comes with a monthly participation allowance.',
        audience:
          'Unemployed people who have submitted a DID, young people aged 15 to 29 who are not in education or employment and are registered with the Youth Guarantee, and workers on short-time work schemes. Some courses are also open to people in work who want to update their skills.',
        howTo:
          "- Browse the course catalogue and traineeship offers on the regional employment portal or on the job centre's noticeboard.\n- If you have not done so yet, submit a DID: most pathways require it.\n- Book a guidance interview: the adviser helps you choose the most suitable course or traineeship and adds it to your service agreement.\n- For courses, fill in the application before the call closes and take part in the selection, if there is one.\n- For traineeships, the job centre puts you forward to the company and, if all agree, signs the agreement and training plan with the company and with you.",
        requirements:
          '- Identity document and tax code\n- DID and personalised service agreement, for pathways reserved for unemployed people\n- An up-to-date CV\n- Educational qualification or a self-declaration; for foreign qualifications, the declaration of value or formal recognition\n- For non-EU citizens: a residence permit that allows you to work',
        outcome:
          'You are enrolled on the course and receive a certificate of attendance, or a qualification certificate if you pass the final exam; or your traineeship starts, with the agreement, the individual training plan and the monthly allowance.',
        timing:
          '- Guidance interview: usually within 15 days of booking\n- Courses: enrolment opens according to each call, usually from September to November and from February to April; rankings are published within 20 days of closing\n- Traineeships: starting takes about 30 days from the meeting with the company; they last 2 to 12 months',
        cost: 'Free of charge.\n\nFunded courses cost participants nothing. For traineeships the host company pays the allowance, at least €500.00 gross a month, provided you attend at least 70% of the planned hours.',
        access:
          'Book a guidance interview at the Valdoria Job Centre from this page. Course applications are submitted online on the regional employment portal (lavoro.regione.example.it) with SPID, CIE or CNS.',
        moreInfo:
          '- Guidelines on training and guidance traineeships, State-Regions Agreement of 25 May 2017\n- Law 92/2012, art. 1(34-36)\n- Legislative Decree 150/2015, on active labour market policies\n- Regulation (EU) 2021/1057 on the European Social Fund Plus (ESF+)',
        keywords: [
          'training courses',
          'traineeship',
          'internship',
          'free training',
          'vocational qualification',
          'Youth Guarantee',
          'GOL',
        ],
      },
    },
  },
];
