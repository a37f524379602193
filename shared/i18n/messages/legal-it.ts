/**
 * Italian texts of the legal page (/note-legali): kept apart from it.ts because only that page needs
 * them, so they stay out of the first page load. Same conventions as it.ts.
 */
export const legalIt = {
  'legal.title': 'Note legali, privacy e accessibilità',
  'legal.notesTitle': 'Note legali',
  'legal.notesBody':
    'I contenuti di Sportello sono pubblicati dagli enti che erogano i servizi, ciascuno per i propri. Salvo diversa indicazione, i testi sono riutilizzabili citando la fonte.\n\nLe informazioni sono aggiornate alla data indicata in fondo a ogni scheda servizio; in caso di dubbio fa fede quanto comunicato dall’ufficio competente.',
  'legal.privacyTitle': 'Informativa privacy',
  'legal.privacyBody':
    'Per consultare i servizi non serve registrarsi e Sportello non usa cookie di profilazione.\n\nSu questo dispositivo restano salvati solo:\n- la lingua e l’ente che hai scelto (nella memoria locale del browser);\n- le pagine del catalogo che hai visto, per poterle consultare anche offline.\n\nPuoi cancellarli in qualsiasi momento dalle impostazioni del browser, alla voce dei dati dei siti. Il titolare del trattamento dei dati che fornisci quando richiedi un servizio è l’ente che lo eroga.',
  'legal.accessibilityTitle': 'Dichiarazione di accessibilità',
  'legal.accessibilityBody':
    'Gli enti di Sportello si impegnano a rendere il servizio accessibile secondo le Linee guida AgID e le WCAG 2.2 di livello AA: struttura semantica, navigazione da tastiera, testi alternativi, contrasto adeguato e uso anche con lo zoom al 200%.\n\nSe incontri un ostacolo scrivi all’ente responsabile del servizio, indicando la pagina e il problema. Se la risposta non è soddisfacente puoi rivolgerti al Difensore civico per il digitale presso AgID.',
} satisfies Record<string, string>;

export type LegalMessageKey = keyof typeof legalIt;
export type LegalMessages = Record<LegalMessageKey, string>;
