import { type DemoRequestForm, fileFormats } from './shared';

export const nurseryEnrolment: DemoRequestForm = {
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
