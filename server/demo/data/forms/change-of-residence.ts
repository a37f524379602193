import { type DemoRequestForm, fileFormats } from './shared';

export const changeOfResidence: DemoRequestForm = {
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
