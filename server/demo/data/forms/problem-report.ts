import { type DemoRequestForm, fileFormats } from './shared';

export const problemReport: DemoRequestForm = {
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
