import type { ErrorCode } from '../errors/codes';
import type { Locale } from './locale';
import { localize } from './localized';

type ErrorMessages = Record<ErrorCode, string>;

/** What a person reads when a request fails; {name} placeholders are filled from the error's params. */
export const errorMessages: Record<Locale, ErrorMessages> = {
  it: {
    INVALID_INPUT: 'I dati inviati non sono validi: {details}',
    NOT_FOUND: 'La risorsa richiesta non esiste.',
    METHOD_NOT_ALLOWED: 'Operazione non consentita con questo metodo.',
    PAYLOAD_TOO_LARGE: 'La richiesta è troppo grande.',
    TOO_MANY_REQUESTS: 'Troppe richieste in poco tempo. Riprova tra qualche secondo.',
    BATCH_TOO_LARGE: 'Troppe operazioni in una sola richiesta: al massimo {max}.',
    BATCH_NOT_ALLOWED: 'Le operazioni di accesso vanno inviate una alla volta, non insieme ad altre.',
    INTERNAL:
      'Si è verificato un errore imprevisto. Riprova più tardi; se il problema continua, comunica il codice {requestId}.',
    SERVICE_NOT_FOUND: 'Il servizio «{slug}» non esiste o non è più disponibile.',
    CATEGORY_NOT_FOUND: 'La categoria «{slug}» non esiste.',
    LIFE_EVENT_NOT_FOUND: "L'evento della vita «{slug}» non esiste.",
    ORGANIZATION_NOT_FOUND: "L'ente «{slug}» non esiste.",
    OFFICE_NOT_FOUND: "L'ufficio «{slug}» non esiste.",
    AUTH_REQUIRED: 'Per continuare devi accedere.',
    FORBIDDEN: 'Non hai i permessi per questa operazione.',
    CSRF_REJECTED: 'Richiesta rifiutata: non proviene da Sportello. Ricarica la pagina e riprova.',
    CODE_INVALID:
      "Il codice non è corretto o non è più valido. Usa quello dell'ultimo messaggio ricevuto, o richiedine uno nuovo.",
    CODE_EXPIRED: 'Il codice è scaduto. Richiedine uno nuovo.',
    CODE_TOO_MANY_ATTEMPTS: 'Troppi tentativi sbagliati per questo codice. Richiedine uno nuovo.',
    CODE_REQUEST_LIMIT: 'Hai richiesto troppi codici. Riprova tra {minutes} minuti.',
    EMAIL_SIGN_IN_OFF: "L'accesso con il codice via email non è disponibile su questo sportello.",
    FISCAL_CODE_TAKEN: 'Questo codice fiscale è già collegato a un altro account.',
    EMAIL_TAKEN: 'Questo indirizzo email è già usato da un altro account.',
    DELETE_CONFIRMATION_MISMATCH: "Per eliminare l'account scrivi esattamente il tuo indirizzo email.",
    MESSAGE_NOT_FOUND: 'Il messaggio non esiste.',
    PASSKEY_NOT_FOUND: 'Questa passkey non è registrata su Sportello. Accedi con il codice via email.',
    PASSKEY_VERIFICATION_FAILED: 'La passkey non è stata verificata. Riprova o accedi con il codice via email.',
    PASSKEY_NOT_IN_ACCOUNT: 'Questa passkey non è tra quelle del tuo account: forse è già stata rimossa.',
    SIGN_IN_FLOW_EXPIRED: "L'accesso è scaduto o non è valido. Ricomincia dall'inizio.",
    OIDC_NOT_CONFIGURED: "L'accesso con SPID o CIE non è disponibile su questo sportello.",
    OIDC_CALLBACK_INVALID: "La risposta del gestore d'identità non è valida. Ricomincia l'accesso con SPID o CIE.",
    OIDC_IDENTITY_INCOMPLETE: "Il gestore d'identità non ha fornito un codice fiscale o un'email validi.",
    OIDC_UNAVAILABLE: "L'accesso con SPID o CIE non risponde in questo momento. Riprova tra qualche minuto.",
    SERVICE_NOT_BOOKABLE: "Il servizio «{slug}» non si può prenotare online presso l'ufficio indicato.",
    SLOT_IN_PAST: "L'orario scelto è già passato. Scegli un altro orario.",
    SLOT_TOO_SOON: "L'orario scelto è troppo vicino: si può prenotare a partire da {earliest}.",
    SLOT_BEYOND_WINDOW: 'Le prenotazioni per quel giorno non sono ancora aperte: si può prenotare fino al {lastDate}.',
    SLOT_OFFICE_CLOSED: "L'ufficio è chiuso quel giorno ({reason}). Scegli un'altra data.",
    SLOT_NOT_OFFERED: 'Questo orario non è tra quelli prenotabili per il servizio: scegli uno degli orari proposti.',
    SLOT_FULL: "L'orario scelto non ha più posti liberi. {alternatives}",
    HOLD_NOT_FOUND: 'Il posto riservato non esiste o non è tuo. Scegli di nuovo data e orario.',
    HOLD_EXPIRED:
      'Il tempo per completare la prenotazione è scaduto e il posto è stato liberato. Scegli di nuovo data e orario.',
    BOOKING_NOT_FOUND:
      'Nessuna prenotazione corrisponde a questo codice e a questa email. Controlla i dati della conferma.',
    BOOKING_ALREADY_CANCELLED: 'Questa prenotazione è già stata annullata.',
    BOOKING_DEADLINE_PASSED:
      "Non è più possibile annullare o spostare questa prenotazione online: il termine era {deadline}. Contatta l'ufficio.",
    BOOKING_SAME_SLOT: "La prenotazione è già in quell'orario: scegline un altro.",
    IDEMPOTENCY_KEY_REUSED:
      "Questa richiesta riusa un identificativo di un'altra operazione. Ricarica la pagina e riprova.",
    WAITLIST_DAY_NOT_FULL: 'Ci sono ancora posti liberi quel giorno: puoi prenotare subito.',
    WAITLIST_ENTRY_NOT_FOUND: "Non sei in lista d'attesa per quel giorno.",
    REQUEST_FORM_NOT_FOUND: 'Il servizio «{slug}» non ha un modulo da compilare online.',
    REQUEST_FORM_VERSION_UNKNOWN:
      'La versione {version} del modulo non esiste. Ricarica la pagina e compila il modulo attuale.',
    REQUEST_ANSWERS_INVALID: 'Controlla le risposte: {details}.',
    REQUEST_NOT_FOUND: 'La pratica non esiste o non è tra quelle che puoi vedere.',
    REQUEST_NOT_EDITABLE:
      "Non puoi più aggiungere file a questa pratica: si possono allegare solo a una bozza o per rispondere a una richiesta dell'ufficio.",
    REQUEST_MOVE_NOT_ALLOWED:
      'La pratica è «{from}»: da qui non può diventare «{to}». Ricarica la pagina per vederne lo stato attuale.',
    REQUEST_MOVE_NOT_YOURS:
      "Non puoi rendere la pratica «{to}»: questo passaggio spetta all'altra parte (l'ufficio o chi ha presentato la domanda).",
    REQUEST_MESSAGE_REQUIRED:
      'Per rendere la pratica «{to}» scrivi un messaggio che spieghi il motivo a chi ha presentato la domanda.',
    ATTACHMENT_EMPTY: 'Il file «{name}» è vuoto.',
    ATTACHMENT_TOO_LARGE: 'Il file {name} è troppo grande: ogni file può essere al massimo di {limit}.',
    ATTACHMENTS_TOTAL_TOO_LARGE:
      'Gli allegati di questa pratica superano il totale consentito di {limit}. Rimuovi qualche file o riducine le dimensioni.',
    ATTACHMENT_TYPE_REFUSED:
      'Il file «{name}» non è un PDF, PNG, JPEG o WebP: il tipo è controllato dal contenuto, non dal nome.',
    ATTACHMENT_FIELD_UNKNOWN: 'Il modulo non ha una domanda «{field}» a cui allegare file.',
    ATTACHMENT_NOT_FOUND: 'Il file non esiste o non è tra quelli che puoi vedere.',
    ATTACHMENT_NOT_IN_REQUEST: 'I file della domanda «{field}» non risultano caricati: allegali di nuovo.',
    PUSH_DEVICE_NOT_FOUND: 'Il dispositivo non esiste o non è tra i tuoi: aggiorna la pagina.',
    PUSH_ENDPOINT_TAKEN:
      "Questo browser riceve già le notifiche di un'altra persona: chi le ha attivate può disattivarle dal proprio profilo, o uscendo dall'account su questo dispositivo. Poi riprova.",
    PUSH_PAYLOAD_TOO_LARGE: 'Il messaggio è troppo lungo per una notifica: al massimo {limit} byte.',
  },
  en: {
    INVALID_INPUT: 'The data sent is not valid: {details}',
    NOT_FOUND: 'The requested resource does not exist.',
    METHOD_NOT_ALLOWED: 'This operation is not allowed with this method.',
    PAYLOAD_TOO_LARGE: 'The request is too large.',
    TOO_MANY_REQUESTS: 'Too many requests in a short time. Try again in a few seconds.',
    BATCH_TOO_LARGE: 'Too many operations in one request: {max} at most.',
    BATCH_NOT_ALLOWED: 'Sign-in operations must be sent one at a time, not together with others.',
    INTERNAL: 'Something unexpected went wrong. Try again later; if it keeps happening, quote the code {requestId}.',
    SERVICE_NOT_FOUND: 'The service “{slug}” does not exist or is no longer available.',
    CATEGORY_NOT_FOUND: 'The category “{slug}” does not exist.',
    LIFE_EVENT_NOT_FOUND: 'The life event “{slug}” does not exist.',
    ORGANIZATION_NOT_FOUND: 'The organization “{slug}” does not exist.',
    OFFICE_NOT_FOUND: 'The office “{slug}” does not exist.',
    AUTH_REQUIRED: 'Please sign in to continue.',
    FORBIDDEN: 'You do not have permission for this operation.',
    CSRF_REJECTED: 'Request refused: it did not come from Sportello. Reload the page and try again.',
    CODE_INVALID:
      'The code is not correct or no longer valid. Use the one in the latest message you received, or ask for a new one.',
    CODE_EXPIRED: 'The code has expired. Ask for a new one.',
    CODE_TOO_MANY_ATTEMPTS: 'Too many wrong attempts for this code. Ask for a new one.',
    CODE_REQUEST_LIMIT: 'You have asked for too many codes. Try again in {minutes} minutes.',
    EMAIL_SIGN_IN_OFF: 'Signing in with an email code is not available on this service.',
    FISCAL_CODE_TAKEN: 'This tax code is already linked to another account.',
    EMAIL_TAKEN: 'This email address is already used by another account.',
    DELETE_CONFIRMATION_MISMATCH: 'To delete your account, type your email address exactly.',
    MESSAGE_NOT_FOUND: 'The message does not exist.',
    PASSKEY_NOT_FOUND: 'This passkey is not registered with Sportello. Sign in with an email code.',
    PASSKEY_VERIFICATION_FAILED: 'The passkey could not be verified. Try again or sign in with an email code.',
    PASSKEY_NOT_IN_ACCOUNT: 'This passkey is not one of your account’s: it may have been removed already.',
    SIGN_IN_FLOW_EXPIRED: 'The sign-in has expired or is not valid. Start again.',
    OIDC_NOT_CONFIGURED: 'Signing in with SPID or CIE is not available on this service.',
    OIDC_CALLBACK_INVALID: 'The identity provider’s answer is not valid. Start signing in with SPID or CIE again.',
    OIDC_IDENTITY_INCOMPLETE: 'The identity provider did not give a valid tax code or email address.',
    OIDC_UNAVAILABLE: 'Signing in with SPID or CIE is not responding right now. Try again in a few minutes.',
    SERVICE_NOT_BOOKABLE: 'The service “{slug}” cannot be booked online at that office.',
    SLOT_IN_PAST: 'The chosen time has already passed. Choose another time.',
    SLOT_TOO_SOON: 'The chosen time is too close: bookings are possible from {earliest}.',
    SLOT_BEYOND_WINDOW: 'Bookings for that day are not open yet: you can book up to {lastDate}.',
    SLOT_OFFICE_CLOSED: 'The office is closed on that day ({reason}). Choose another date.',
    SLOT_NOT_OFFERED: 'This time is not one of the bookable times for the service: choose one of the times offered.',
    SLOT_FULL: 'The chosen time has no free places left. {alternatives}',
    HOLD_NOT_FOUND: 'The reserved place does not exist or is not yours. Choose a date and time again.',
    HOLD_EXPIRED: 'The time to complete the booking ran out and the place was released. Choose a date and time again.',
    BOOKING_NOT_FOUND: 'No booking matches this code and email address. Check the details in your confirmation.',
    BOOKING_ALREADY_CANCELLED: 'This booking has already been cancelled.',
    BOOKING_DEADLINE_PASSED:
      'This booking can no longer be cancelled or moved online: the deadline was {deadline}. Contact the office.',
    BOOKING_SAME_SLOT: 'The booking is already at that time: choose another one.',
    IDEMPOTENCY_KEY_REUSED: 'This request reuses the identifier of another operation. Reload the page and try again.',
    WAITLIST_DAY_NOT_FULL: 'There are still free places on that day: you can book right away.',
    WAITLIST_ENTRY_NOT_FOUND: 'You are not on the waiting list for that day.',
    REQUEST_FORM_NOT_FOUND: 'The service “{slug}” has no online form.',
    REQUEST_FORM_VERSION_UNKNOWN:
      'Version {version} of this form does not exist. Reload the page and fill in the current form.',
    REQUEST_ANSWERS_INVALID: 'Please check your answers: {details}.',
    REQUEST_NOT_FOUND: 'The request does not exist or is not one you can see.',
    REQUEST_NOT_EDITABLE:
      'You can no longer add files to this request: files can be added only to a draft or when answering the office.',
    REQUEST_MOVE_NOT_ALLOWED:
      'The request is “{from}”: it cannot become “{to}” from there. Reload the page to see where it stands.',
    REQUEST_MOVE_NOT_YOURS:
      'You cannot make the request “{to}”: that step belongs to the other party (the office or the applicant).',
    REQUEST_MESSAGE_REQUIRED: 'To make the request “{to}”, write a message explaining why to the applicant.',
    ATTACHMENT_EMPTY: 'The file “{name}” is empty.',
    ATTACHMENT_TOO_LARGE: 'The file {name} is too large: each file can be at most {limit}.',
    ATTACHMENTS_TOTAL_TOO_LARGE:
      'The attachments of this request exceed the {limit} allowed in total. Remove a file or make them smaller.',
    ATTACHMENT_TYPE_REFUSED:
      'The file “{name}” is not a PDF, PNG, JPEG or WebP: the type is checked by its content, not its name.',
    ATTACHMENT_FIELD_UNKNOWN: 'The form has no question “{field}” to attach files to.',
    ATTACHMENT_NOT_FOUND: 'The file does not exist or is not one you can see.',
    ATTACHMENT_NOT_IN_REQUEST: 'The files for “{field}” were not found: attach them again.',
    PUSH_DEVICE_NOT_FOUND: 'The device does not exist or is not one of yours: reload the page.',
    PUSH_ENDPOINT_TAKEN:
      "This browser already receives another person's notifications: whoever turned them on can turn them off in their profile, or by signing out on this device. Then try again.",
    PUSH_PAYLOAD_TOO_LARGE: 'The message is too long for a notification: {limit} bytes at most.',
  },
};

/** A parameter is the same in every language (a slug, a number) or given per language (a date, a reason). */
export type ErrorParam = string | number | Record<Locale, string>;

export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function errorMessage(code: ErrorCode, locale: Locale, params: Record<string, ErrorParam> = {}): string {
  const inLocale = Object.entries(params).map(([name, value]) => [
    name,
    typeof value === 'object' ? localize(value, locale) : value,
  ]);
  return fillTemplate(errorMessages[locale][code], Object.fromEntries(inLocale));
}
