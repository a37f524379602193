import type { Locale } from './locales';

type LocalizedText = Record<Locale, string>;

/**
 * What the citizen's inbox says when their request moves: both languages, filled with the request's
 * facts. Keyed by the statuses a request can move to (all but draft); this catalog imports nothing from
 * shared/requests, so a status missing here fails to compile where the server passes a RequestStatus.
 */
type Facts = { protocolNumber: string; service: LocalizedText };

const statusTitles = {
  submitted: { it: 'Domanda ricevuta', en: 'Request received' },
  in_review: { it: 'Domanda in lavorazione', en: 'Request being processed' },
  needs_info: { it: "L'ufficio ti chiede delle integrazioni", en: 'The office needs more information' },
  approved: { it: 'Domanda accolta', en: 'Request approved' },
  rejected: { it: 'Domanda respinta', en: 'Request rejected' },
  closed: { it: 'Pratica chiusa', en: 'Request closed' },
  withdrawn: { it: 'Domanda ritirata', en: 'Request withdrawn' },
} satisfies Record<string, LocalizedText>;
type Notified = keyof typeof statusTitles;

const statusBodies: Record<Notified, (facts: Facts) => LocalizedText> = {
  submitted: (facts) => ({
    it: `La tua domanda «${facts.service.it}» è stata protocollata con il numero ${facts.protocolNumber}. Puoi seguirne lo stato in Le mie pratiche.`,
    en: `Your request “${facts.service.en}” was registered with number ${facts.protocolNumber}. You can follow it in My requests.`,
  }),
  in_review: (facts) => ({
    it: `L'ufficio ha preso in carico la pratica ${facts.protocolNumber} («${facts.service.it}»).`,
    en: `The office has started working on request ${facts.protocolNumber} (“${facts.service.en}”).`,
  }),
  needs_info: (facts) => ({
    it: `Per proseguire con la pratica ${facts.protocolNumber} l'ufficio ha bisogno di una tua risposta. Il termine per la decisione è sospeso finché non rispondi.`,
    en: `To go on with request ${facts.protocolNumber} the office needs your answer. The time limit for a decision is suspended until you reply.`,
  }),
  approved: (facts) => ({
    it: `La pratica ${facts.protocolNumber} («${facts.service.it}») è stata accolta.`,
    en: `Request ${facts.protocolNumber} (“${facts.service.en}”) has been approved.`,
  }),
  rejected: (facts) => ({
    it: `La pratica ${facts.protocolNumber} («${facts.service.it}») è stata respinta. Trovi le motivazioni nel dettaglio della pratica.`,
    en: `Request ${facts.protocolNumber} (“${facts.service.en}”) has been rejected. The reasons are in the request's page.`,
  }),
  closed: (facts) => ({
    it: `La pratica ${facts.protocolNumber} («${facts.service.it}») è chiusa.`,
    en: `Request ${facts.protocolNumber} (“${facts.service.en}”) is closed.`,
  }),
  withdrawn: (facts) => ({
    it: `Hai ritirato la domanda ${facts.protocolNumber} («${facts.service.it}»).`,
    en: `You withdrew request ${facts.protocolNumber} (“${facts.service.en}”).`,
  }),
};

/** The label of the office's own words, appended to the message when staff wrote some. */
const officeNoteLabel: LocalizedText = { it: "Messaggio dell'ufficio", en: 'Message from the office' };

/** The inbox message (and push) for a request that has just moved to `to`. */
export function requestStatusMessage(to: Notified, facts: Facts, note: string | null) {
  const body = statusBodies[to](facts);
  const withNote = (locale: Locale) => (note ? `${body[locale]}\n\n${officeNoteLabel[locale]}: ${note}` : body[locale]);
  return { title: statusTitles[to], body: { it: withNote('it'), en: withNote('en') } };
}
