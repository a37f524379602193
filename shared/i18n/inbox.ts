import type { Locale } from './locales';

type LocalizedText = Record<Locale, string>;

/** Texts of the messages Sportello puts in a person's inbox, both languages side by side. */
export const inboxTexts = {
  welcome: {
    title: { it: 'Benvenuto in Sportello', en: 'Welcome to Sportello' },
    body: {
      it: 'Il tuo account è pronto. Qui riceverai i promemoria degli appuntamenti e gli aggiornamenti sulle tue pratiche. Nel Profilo puoi completare i tuoi dati e aggiungere una passkey per accedere più in fretta.',
      en: 'Your account is ready. Appointment reminders and updates on your requests will arrive here. In your Profile you can complete your details and add a passkey to sign in faster.',
    },
  },
} satisfies Record<string, { title: LocalizedText; body: LocalizedText }>;
