import type { ErrorCode } from '../errors/codes';
import type { Locale } from './locale';

type ErrorMessages = Record<ErrorCode, string>;

/** What a person reads when a request fails; {name} placeholders are filled from the error's params. */
export const errorMessages: Record<Locale, ErrorMessages> = {
  it: {
    INVALID_INPUT: 'I dati inviati non sono validi: {details}',
    NOT_FOUND: 'La risorsa richiesta non esiste.',
    METHOD_NOT_ALLOWED: 'Operazione non consentita con questo metodo.',
    PAYLOAD_TOO_LARGE: 'La richiesta è troppo grande.',
    TOO_MANY_REQUESTS: 'Troppe richieste in poco tempo. Riprova tra qualche secondo.',
    INTERNAL:
      'Si è verificato un errore imprevisto. Riprova più tardi; se il problema continua, comunica il codice {requestId}.',
    SERVICE_NOT_FOUND: 'Il servizio «{slug}» non esiste o non è più disponibile.',
    CATEGORY_NOT_FOUND: 'La categoria «{slug}» non esiste.',
    LIFE_EVENT_NOT_FOUND: "L'evento della vita «{slug}» non esiste.",
    ORGANIZATION_NOT_FOUND: "L'ente «{slug}» non esiste.",
  },
  en: {
    INVALID_INPUT: 'The data sent is not valid: {details}',
    NOT_FOUND: 'The requested resource does not exist.',
    METHOD_NOT_ALLOWED: 'This operation is not allowed with this method.',
    PAYLOAD_TOO_LARGE: 'The request is too large.',
    TOO_MANY_REQUESTS: 'Too many requests in a short time. Try again in a few seconds.',
    INTERNAL: 'Something unexpected went wrong. Try again later; if it keeps happening, quote the code {requestId}.',
    SERVICE_NOT_FOUND: 'The service “{slug}” does not exist or is no longer available.',
    CATEGORY_NOT_FOUND: 'The category “{slug}” does not exist.',
    LIFE_EVENT_NOT_FOUND: 'The life event “{slug}” does not exist.',
    ORGANIZATION_NOT_FOUND: 'The organization “{slug}” does not exist.',
  },
};

export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function errorMessage(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return fillTemplate(errorMessages[locale][code], params);
}
