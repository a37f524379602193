import type { SeedService } from '../../../../shared/catalog/seed-types';

export const services: SeedService[] = [
  {
    slug: 'iscrizione-albo-fornitori',
    organization: 'comune-di-valdoria',
    category: 'appalti-pubblici',
    lifeEvents: [],
    offices: ['ufficio-tecnico-suap'],
    popularity: 90,
    content: {
      it: {
        title: "Iscrizione all'elenco degli operatori economici (albo fornitori)",
        summary:
          "Iscriversi all'elenco degli operatori economici del Comune per essere invitati agli affidamenti diretti e alle procedure negoziate di lavori, servizi e forniture sotto soglia.",
        description:
          "L'elenco degli operatori economici, detto anche albo fornitori, è la lista di imprese e professionisti da cui il Comune di Valdoria sceglie gli operatori da invitare agli affidamenti diretti e alle procedure negoziate di importo inferiore alle soglie europee.\n\nL'elenco è gestito sulla piattaforma telematica di approvvigionamento del Comune ed è sempre aperto: ci si può iscrivere in qualsiasi momento, scegliendo una o più categorie merceologiche e, per i lavori, le categorie SOA e le classi di importo.\n\nGli inviti sono distribuiti a rotazione tra gli iscritti alla categoria. L'iscrizione non dà diritto a ricevere inviti o incarichi.",
        audience:
          'Imprese, consorzi, cooperative, liberi professionisti e società di ingegneria e architettura che hanno i requisiti per contrattare con la pubblica amministrazione.',
        howTo:
          "- Registrati sulla piattaforma telematica di approvvigionamento del Comune con SPID o CNS del legale rappresentante.\n- Compila il profilo dell'operatore economico e scegli le categorie di interesse.\n- Compila e firma digitalmente il Documento di gara unico europeo (DGUE) e le dichiarazioni sui requisiti.\n- Carica le attestazioni, ad esempio SOA o certificazioni di qualità, e invia la domanda.\n- Aggiorna i dati quando cambiano e conferma l'iscrizione ogni 12 mesi.",
        requirements:
          "- Firma digitale del legale rappresentante e casella PEC\n- Iscrizione alla Camera di commercio o all'albo professionale\n- Assenza delle cause di esclusione previste dagli articoli 94-98 del Codice dei contratti pubblici\n- DGUE compilato e firmato\n- Per i lavori di importo pari o superiore a € 150.000: attestazione SOA\n- Per i lavori di importo inferiore: dichiarazione dei requisiti tecnico-organizzativi\n- Regolarità contributiva (DURC), verificata d'ufficio",
        outcome:
          "Ottieni l'iscrizione all'elenco degli operatori economici nelle categorie richieste, comunicata via PEC. Da quel momento puoi ricevere inviti alle procedure del Comune.",
        timing:
          "- Esame della domanda: entro 30 giorni dalla presentazione\n- Verifica dei requisiti: tramite il Fascicolo virtuale dell'operatore economico (FVOE) dell'ANAC, a campione e prima di ogni affidamento\n- Validità: l'iscrizione resta attiva se confermi i requisiti ogni 12 mesi; altrimenti viene sospesa",
        cost: 'Gratuito.',
        access:
          "L'iscrizione si presenta solo online, sulla piattaforma telematica di approvvigionamento del Comune (appalti.comune.valdoria.example.it). Per problemi tecnici è attivo l'help desk della piattaforma; per chiarimenti sulle categorie puoi prenotare un appuntamento da questa pagina.",
        moreInfo:
          "- D.Lgs. 36/2023, Codice dei contratti pubblici, artt. 49 e 50, sul principio di rotazione e sugli affidamenti sotto soglia\n- D.Lgs. 36/2023, artt. 25 e 26, sulle piattaforme di approvvigionamento digitale\n- D.Lgs. 36/2023, art. 24, sul Fascicolo virtuale dell'operatore economico\n- D.Lgs. 36/2023, artt. 94-98, sulle cause di esclusione",
        keywords: [
          'albo fornitori',
          'elenco operatori economici',
          'appalti',
          'fornitori del comune',
          'gare',
          'affidamenti diretti',
        ],
      },
      en: {
        title: 'Registration in the list of economic operators (supplier register)',
        summary:
          "Register in the Municipality's list of economic operators to be invited to direct awards and negotiated procedures for works, services and supplies below the EU thresholds.",
        description:
          "The list of economic operators, also known as the supplier register, is the list of companies and professionals from which the Municipality of Valdoria chooses who to invite to direct awards and negotiated procedures below the EU thresholds.\n\nThe list is managed on the Municipality's e-procurement platform and is always open: you can register at any time, choosing one or more product categories and, for works, the SOA categories and value classes.\n\nInvitations rotate among the operators registered in each category. Registration does not entitle you to receive invitations or contracts.",
        audience:
          'Companies, consortia, cooperatives, self-employed professionals and engineering and architecture firms that meet the requirements to contract with the public administration.',
        howTo:
          "- Register on the Municipality's e-procurement platform with the legal representative's SPID or CNS.\n- Complete the economic operator profile and choose the categories you are interested in.\n- Fill in and digitally sign the European Single Procurement Document (ESPD) and the declarations on requirements.\n- Upload your certifications, such as SOA or quality certificates, and submit the application.\n- Update your details whenever they change and confirm your registration every 12 months.",
        requirements:
          '- Digital signature of the legal representative and certified email (PEC)\n- Registration with the Chamber of Commerce or the relevant professional body\n- No grounds for exclusion under articles 94-98 of the Public Contracts Code\n- Completed and signed ESPD\n- For works worth €150,000 or more: SOA certification\n- For works of lower value: declaration of technical and organisational requirements\n- Social security compliance (DURC), checked by the office',
        outcome:
          "You are registered in the list of economic operators in the requested categories, and notified by certified email. From then on you can receive invitations to the Municipality's procedures.",
        timing:
          "- Review of the application: within 30 days of submission\n- Checks on requirements: through ANAC's Virtual Economic Operator File (FVOE), by sample and before each award\n- Validity: registration stays active as long as you confirm your requirements every 12 months; otherwise it is suspended",
        cost: 'Free of charge.',
        access:
          "Registration is only online, on the Municipality's e-procurement platform (appalti.comune.valdoria.example.it). The platform help desk handles technical problems; for questions about categories you can book an appointment from this page.",
        moreInfo:
          '- Legislative Decree 36/2023, Public Contracts Code, arts. 49 and 50, on rotation and below-threshold awards\n- Legislative Decree 36/2023, arts. 25 and 26, on e-procurement platforms\n- Legislative Decree 36/2023, art. 24, on the Virtual Economic Operator File\n- Legislative Decree 36/2023, arts. 94-98, on grounds for exclusion',
        keywords: [
          'supplier register',
          'economic operators list',
          'public procurement',
          'municipal suppliers',
          'tenders',
          'direct awards',
        ],
      },
    },
  },
];
