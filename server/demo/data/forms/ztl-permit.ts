import { type DemoRequestForm, fileFormats } from './shared';

export const ztlPermit: DemoRequestForm = {
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
