import type { DeadlineKind } from '../../../../shared/requests/api';
import type { FormDefinition } from '../../../../shared/requests/form';

/**
 * The online forms of the demo services that take requests: what each asks, which office handles the
 * requests and within how many days it must decide (the term stated on the service page).
 * Pages follow the GOV.UK "one thing per page" pattern: a single topic, one to four questions.
 */
export interface DemoRequestForm {
  service: string;
  office: string;
  deadline: { days: number; kind: DeadlineKind };
  definition: FormDefinition;
}

const fileFormats = {
  it: 'Formati accettati: PDF, JPG, PNG o WebP.',
  en: 'Accepted formats: PDF, JPG, PNG or WebP.',
};

const nurseryEnrolment: DemoRequestForm = {
  service: 'iscrizione-asilo-nido',
  office: 'sportello-polifunzionale',
  deadline: { days: 30, kind: 'calendar' },
  definition: {
    pages: [
      {
        id: 'child',
        title: { it: 'La bambina o il bambino', en: 'The child' },
        help: {
          it: 'Indica i dati della bambina o del bambino che vuoi iscrivere al nido.',
          en: 'Give the details of the child you want to enrol at the nursery.',
        },
        fields: [
          { id: 'childFirstName', type: 'text', label: { it: 'Nome', en: 'First name' }, required: true, max: 100 },
          { id: 'childLastName', type: 'text', label: { it: 'Cognome', en: 'Last name' }, required: true, max: 100 },
          {
            id: 'childFiscalCode',
            type: 'fiscalCode',
            label: { it: 'Codice fiscale', en: 'Tax code (codice fiscale)' },
            help: {
              it: 'Lo trovi sulla tessera sanitaria della bambina o del bambino.',
              en: "You can find it on the child's health insurance card (tessera sanitaria).",
            },
            required: true,
          },
          {
            id: 'childBirthDate',
            type: 'date',
            label: { it: 'Data di nascita', en: 'Date of birth' },
            help: {
              it: 'Il nido accoglie bambine e bambini da 3 a 36 mesi.',
              en: 'The nursery takes children aged 3 to 36 months.',
            },
            required: true,
            // Not in the future, and no more than three years ago (1,096 days cover a leap year).
            min: -1096,
            max: 0,
          },
        ],
      },
      {
        id: 'attendance',
        title: { it: 'Inizio e frequenza', en: 'Start and attendance' },
        fields: [
          {
            id: 'startMonth',
            type: 'choice',
            label: { it: 'Da quale mese vorresti iniziare?', en: 'Which month would you like to start?' },
            help: {
              it: "La data esatta dell'inserimento si concorda con le educatrici.",
              en: 'The exact settling-in date is agreed with the educators.',
            },
            required: true,
            // No settling in over the Christmas break: December is not offered.
            options: [
              { value: 'september', label: { it: 'Settembre', en: 'September' } },
              { value: 'october', label: { it: 'Ottobre', en: 'October' } },
              { value: 'november', label: { it: 'Novembre', en: 'November' } },
              { value: 'january', label: { it: 'Gennaio', en: 'January' } },
            ],
          },
          {
            id: 'attendanceType',
            type: 'choice',
            label: { it: 'Tipo di frequenza', en: 'Attendance' },
            required: true,
            options: [
              { value: 'full-time', label: { it: 'Tempo pieno (7:30-16:30)', en: 'Full time (7:30-16:30)' } },
              {
                value: 'part-time',
                label: { it: 'Part-time mattutino (7:30-13:00)', en: 'Morning part-time (7:30-13:00)' },
              },
            ],
          },
        ],
      },
      {
        id: 'family',
        title: { it: 'Il lavoro dei genitori', en: "Parents' work" },
        help: {
          it: 'Le condizioni di lavoro dei genitori danno punteggio nella graduatoria.',
          en: "The parents' work situation earns points in the ranking.",
        },
        fields: [
          {
            id: 'bothParentsWorking',
            type: 'yesNo',
            label: { it: 'Lavorano entrambi i genitori?', en: 'Do both parents work?' },
            required: true,
          },
        ],
      },
      {
        id: 'income',
        title: { it: 'Situazione economica', en: 'Household income' },
        fields: [
          {
            id: 'iseeValue',
            type: 'number',
            label: { it: 'Valore ISEE in euro', en: 'ISEE value in euros' },
            help: {
              it: "Indica il valore dell'ISEE per prestazioni rivolte ai minorenni se vuoi una retta ridotta. Se non lo indichi, paghi la retta massima.",
              en: 'Enter the value of your ISEE for benefits for minors if you want a reduced fee. If you leave it blank, you pay the full fee.',
            },
            required: false,
            min: 0,
          },
        ],
      },
      {
        id: 'disability',
        title: { it: 'Disabilità', en: 'Disability' },
        fields: [
          {
            id: 'childDisability',
            type: 'yesNo',
            label: {
              it: 'La bambina o il bambino ha una disabilità certificata?',
              en: 'Does the child have a certified disability?',
            },
            help: {
              it: 'Ai sensi della legge 104/1992. Dà diritto alla precedenza in graduatoria.',
              en: 'Under Law 104/1992. It gives priority in the ranking.',
            },
            required: true,
          },
          {
            id: 'disabilityCertificate',
            type: 'file',
            label: { it: 'Certificazione di disabilità', en: 'Disability certificate' },
            help: fileFormats,
            required: true,
            max: 3,
            showIf: { field: 'childDisability', equals: true },
          },
        ],
      },
      {
        id: 'documents',
        title: { it: 'Altri documenti', en: 'Other documents' },
        help: {
          it: 'Se vuoi, allega altri documenti utili alla domanda, ad esempio una relazione dei servizi sociali.',
          en: 'If you wish, attach other documents that support the application, such as a social services report.',
        },
        fields: [
          {
            id: 'otherDocuments',
            type: 'file',
            label: { it: 'Altri documenti', en: 'Other documents' },
            help: fileFormats,
            required: false,
            max: 5,
          },
        ],
      },
    ],
  },
};

const changeOfResidence: DemoRequestForm = {
  service: 'cambio-di-residenza',
  office: 'sportello-polifunzionale',
  deadline: { days: 45, kind: 'calendar' },
  definition: {
    pages: [
      {
        id: 'address',
        title: { it: 'Il nuovo indirizzo', en: 'Your new address' },
        fields: [
          {
            id: 'newAddress',
            type: 'address',
            label: { it: 'Indirizzo della nuova abitazione', en: 'Address of your new home' },
            help: {
              it: 'Indica via e numero civico e, se ci sono, scala e interno.',
              en: 'Give the street and house number and, if any, the staircase and flat number.',
            },
            required: true,
          },
        ],
      },
      {
        id: 'move',
        title: { it: 'Il trasloco', en: 'The move' },
        fields: [
          {
            id: 'moveDate',
            type: 'date',
            label: { it: 'Data del trasloco', en: 'Date of the move' },
            help: {
              it: 'La dichiarazione va presentata entro 20 giorni dal trasloco.',
              en: 'The declaration must be made within 20 days of the move.',
            },
            required: true,
            min: -20,
            max: 0,
          },
          {
            id: 'peopleMoving',
            type: 'number',
            label: { it: 'Quante persone si trasferiscono?', en: 'How many people are moving?' },
            help: {
              it: 'Conta anche te.',
              en: 'Count yourself too.',
            },
            required: true,
            min: 1,
            max: 15,
          },
        ],
      },
      {
        id: 'housing',
        title: { it: "Titolo di occupazione dell'abitazione", en: 'Your right to live in the home' },
        fields: [
          {
            id: 'housingTitle',
            type: 'choice',
            label: { it: 'A che titolo abiti nella nuova casa?', en: 'On what basis do you live in the new home?' },
            required: true,
            options: [
              { value: 'owner', label: { it: 'In proprietà o comproprietà', en: 'I own or co-own it' } },
              { value: 'tenant', label: { it: 'In affitto', en: 'I rent it' } },
              { value: 'guest', label: { it: 'Come ospite', en: 'I live there as a guest' } },
              {
                value: 'other',
                label: { it: "Altro (comodato d'uso, usufrutto)", en: 'Other (loan for use, usufruct)' },
              },
            ],
          },
          {
            id: 'rentalContract',
            type: 'file',
            label: { it: 'Contratto di affitto registrato', en: 'Registered rental contract' },
            help: fileFormats,
            required: true,
            max: 3,
            showIf: { field: 'housingTitle', equals: 'tenant' },
          },
        ],
      },
      {
        id: 'identity',
        title: { it: 'Documento di identità', en: 'Identity document' },
        fields: [
          {
            id: 'identityDocument',
            type: 'file',
            label: { it: "Documento d'identità valido", en: 'Valid identity document' },
            help: {
              it: `Fronte e retro della carta d'identità, della patente o del passaporto. ${fileFormats.it}`,
              en: `Front and back of your identity card, driving licence or passport. ${fileFormats.en}`,
            },
            required: true,
            max: 2,
          },
        ],
      },
      {
        id: 'contacts',
        title: { it: "Contatti per l'accertamento", en: 'Contact details for the check' },
        help: {
          it: "Entro 45 giorni la Polizia locale verifica che tu abiti al nuovo indirizzo: ti contatterà per concordare l'accertamento.",
          en: 'Within 45 days the Local Police check that you live at the new address: they will contact you to arrange the visit.',
        },
        fields: [
          { id: 'contactEmail', type: 'email', label: { it: 'Email', en: 'Email' }, required: true },
          { id: 'contactPhone', type: 'phone', label: { it: 'Telefono', en: 'Phone' }, required: true },
        ],
      },
    ],
  },
};

const ztlPermit: DemoRequestForm = {
  service: 'permesso-accesso-ztl',
  office: 'comando-polizia-locale',
  deadline: { days: 30, kind: 'calendar' },
  definition: {
    pages: [
      {
        id: 'vehicle',
        title: { it: 'Il veicolo', en: 'The vehicle' },
        fields: [
          {
            id: 'plateNumber',
            type: 'text',
            label: { it: 'Targa', en: 'Number plate' },
            help: { it: 'Ad esempio AB123CD.', en: 'For example AB123CD.' },
            required: true,
            max: 10,
          },
          {
            id: 'vehicleRegistration',
            type: 'file',
            label: { it: 'Carta di circolazione', en: 'Vehicle registration certificate' },
            help: {
              it: `Fronte e retro della carta di circolazione del veicolo. ${fileFormats.it}`,
              en: `Front and back of the vehicle registration certificate. ${fileFormats.en}`,
            },
            required: true,
            max: 2,
          },
        ],
      },
      {
        id: 'reason',
        title: { it: 'Motivo della richiesta', en: 'Reason for the request' },
        fields: [
          {
            id: 'accessReason',
            type: 'choice',
            label: { it: 'Perché devi entrare nella ZTL?', en: 'Why do you need to enter the ZTL?' },
            required: true,
            options: [
              { value: 'resident', label: { it: 'Abito nella ZTL', en: 'I live in the ZTL' } },
              {
                value: 'disability-badge',
                label: { it: 'Ho il contrassegno per persone con disabilità', en: 'I hold a disability parking badge' },
              },
              { value: 'work', label: { it: 'Per lavoro', en: 'For work' } },
              { value: 'other', label: { it: 'Altro motivo', en: 'Another reason' } },
            ],
          },
          {
            id: 'otherReason',
            type: 'longText',
            label: { it: 'Spiega il motivo', en: 'Explain the reason' },
            help: {
              it: 'Indica dove devi andare e con quale frequenza.',
              en: 'Say where you need to go and how often.',
            },
            required: true,
            max: 1000,
            showIf: { field: 'accessReason', equals: 'other' },
          },
        ],
      },
      {
        id: 'validity',
        title: { it: 'Decorrenza del permesso', en: 'When the permit starts' },
        fields: [
          {
            id: 'startDate',
            type: 'date',
            label: { it: 'Da quando ti serve il permesso?', en: 'From when do you need the permit?' },
            help: {
              it: 'Puoi scegliere una data da oggi a 90 giorni.',
              en: 'You can choose a date from today up to 90 days ahead.',
            },
            required: true,
            min: 0,
            max: 90,
          },
        ],
      },
    ],
  },
};

const problemReport: DemoRequestForm = {
  service: 'segnalazione-disservizio',
  office: 'sportello-polifunzionale',
  deadline: { days: 30, kind: 'calendar' },
  definition: {
    pages: [
      {
        id: 'problemType',
        title: { it: 'Tipo di problema', en: 'Type of problem' },
        help: {
          it: 'In caso di pericolo immediato per le persone chiama il 112.',
          en: 'If people are in immediate danger, call 112.',
        },
        fields: [
          {
            id: 'category',
            type: 'choice',
            label: { it: 'Che cosa vuoi segnalare?', en: 'What do you want to report?' },
            required: true,
            options: [
              { value: 'road', label: { it: 'Strade, buche e marciapiedi', en: 'Roads, potholes and pavements' } },
              { value: 'lighting', label: { it: 'Illuminazione pubblica', en: 'Street lighting' } },
              { value: 'waste', label: { it: 'Rifiuti e pulizia', en: 'Rubbish and cleaning' } },
              { value: 'greenery', label: { it: 'Verde pubblico e alberi', en: 'Parks and trees' } },
              { value: 'other', label: { it: 'Altro', en: 'Something else' } },
            ],
          },
        ],
      },
      {
        id: 'place',
        title: { it: 'Dove si trova il problema', en: 'Where the problem is' },
        fields: [
          {
            id: 'location',
            type: 'address',
            label: { it: 'Luogo', en: 'Location' },
            help: {
              it: "Inserisci l'indirizzo più vicino e indica il punto esatto sulla mappa.",
              en: 'Enter the nearest address and mark the exact spot on the map.',
            },
            required: true,
            withLocation: true,
          },
        ],
      },
      {
        id: 'details',
        title: { it: 'Descrizione', en: 'Description' },
        fields: [
          {
            id: 'description',
            type: 'longText',
            label: { it: 'Descrivi il problema', en: 'Describe the problem' },
            help: {
              it: "Ad esempio quanto è grande, da quanto tempo c'è, se è pericoloso.",
              en: 'For example how big it is, how long it has been there, whether it is dangerous.',
            },
            required: true,
            min: 20,
          },
        ],
      },
      {
        id: 'pictures',
        title: { it: 'Fotografie', en: 'Photos' },
        fields: [
          {
            id: 'photos',
            type: 'file',
            label: { it: 'Fotografie del problema', en: 'Photos of the problem' },
            help: {
              it: `Fino a 3 foto. Non devono ritrarre persone riconoscibili o targhe. ${fileFormats.it}`,
              en: `Up to 3 photos. They should not show recognisable people or number plates. ${fileFormats.en}`,
            },
            required: false,
            max: 3,
          },
        ],
      },
      {
        id: 'callBack',
        title: { it: 'Essere richiamati', en: 'Being called back' },
        fields: [
          {
            id: 'wantsContact',
            type: 'yesNo',
            label: {
              it: "Vuoi che l'ufficio ti richiami al telefono?",
              en: 'Would you like the office to call you back?',
            },
            help: {
              it: 'In ogni caso ricevi gli aggiornamenti sulla segnalazione nella tua area personale.',
              en: 'Either way, you get updates on your report in your personal area.',
            },
            required: true,
          },
          {
            id: 'contactPhone',
            type: 'phone',
            label: { it: 'Numero di telefono', en: 'Phone number' },
            required: true,
            showIf: { field: 'wantsContact', equals: true },
          },
        ],
      },
    ],
  },
};

export const demoRequestForms: DemoRequestForm[] = [nurseryEnrolment, changeOfResidence, ztlPermit, problemReport];
