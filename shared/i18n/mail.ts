import type { Locale } from './locales';

/** Texts of the emails Sportello sends, per language. */
export const mailTexts = {
  it: {
    signInCode: {
      subject: (code: string) => `${code} è il tuo codice di accesso a Sportello`,
      text: (code: string, minutes: number) =>
        `Il tuo codice di accesso a Sportello è ${code}.\n\nScade tra ${minutes} minuti e si può usare una sola volta.\n\nSe non hai chiesto tu di accedere, ignora questo messaggio: senza il codice nessuno può entrare nel tuo account.`,
    },
  },
  en: {
    signInCode: {
      subject: (code: string) => `${code} is your Sportello sign-in code`,
      text: (code: string, minutes: number) =>
        `Your Sportello sign-in code is ${code}.\n\nIt expires in ${minutes} minutes and works only once.\n\nIf you did not ask to sign in, ignore this message: without the code nobody can get into your account.`,
    },
  },
} satisfies Record<Locale, unknown>;
