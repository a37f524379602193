/**
 * Italian messages of the outbox, the actions taken without a connection: what waits to be sent, and
 * what the server refused, told in plain words. A part of the catalog loaded with the notice that shows
 * them, so the home page does not carry them; offline-en.ts must have exactly these keys.
 */
export const offlineIt = {
  'outbox.waitingOffline.one': 'Hai {count} modifica fatta senza connessione: sarà inviata appena torni online.',
  'outbox.waitingOffline.other': 'Hai {count} modifiche fatte senza connessione: saranno inviate appena torni online.',
  'outbox.waitingOnline.one': 'Invio di {count} modifica fatta senza connessione…',
  'outbox.waitingOnline.other': 'Invio di {count} modifiche fatte senza connessione…',
  'outbox.failedTitle.one': 'Una modifica fatta senza connessione non è stata accettata',
  'outbox.failedTitle.other': '{count} modifiche fatte senza connessione non sono state accettate',
  'outbox.failed.cancel': "Non è stato possibile annullare l'appuntamento di {day} alle {time} ({service}). {reason}",
  'outbox.failed.reschedule':
    "Non è stato possibile spostare l'appuntamento di {day} alle {time} ({service}) a {newDay} alle {newTime}. {reason}",
  'outbox.failed.answer': 'Non è stato possibile inviare la tua risposta per la pratica «{service}». {reason}',
  'outbox.failed.markRead': 'Non è stato possibile segnare come letto il messaggio «{title}». {reason}',
  'outbox.failed.markUnread': 'Non è stato possibile segnare come non letto il messaggio «{title}». {reason}',
  'outbox.failed.saveDraft': 'Non è stato possibile salvare le risposte della domanda «{service}». {reason}',
  'outbox.open.booking': 'Apri la prenotazione',
  'outbox.open.request': 'Apri la pratica',
  'outbox.open.message': 'Vai ai messaggi',
  'outbox.open.draft': 'Riprendi la domanda',
  'outbox.dismiss': 'Ho capito',
  'outbox.dropped.one':
    'Una modifica fatta senza connessione non è stata inviata, perché la sessione su questo dispositivo si è chiusa prima. Accedi di nuovo e ripetila.',
  'outbox.dropped.other':
    '{count} modifiche fatte senza connessione non sono state inviate, perché la sessione su questo dispositivo si è chiusa prima. Accedi di nuovo e ripetile.',
} satisfies Record<string, string>;

export type OfflineMessageKey = keyof typeof offlineIt;
export type OfflineMessages = Record<OfflineMessageKey, string>;
