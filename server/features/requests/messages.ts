import type { LocalizedText } from '../../../shared/catalog/content';
import type { RequestStatus } from '../../../shared/requests/status';

/** What the citizen's inbox says when their request moves: both languages, filled with the request's facts. */
type Facts = { protocolNumber: string; service: LocalizedText };

const statusTitles: Record<Exclude<RequestStatus, 'draft'>, LocalizedText> = {
  submitted: { it: 'Domanda ricevuta', en: 'Request received' },
  in_review: { it: 'Domanda in lavorazione', en: 'Request being processed' },
  needs_info: { it: "L'ufficio ti chiede delle integrazioni", en: 'The office needs more information' },
  approved: { it: 'Domanda accolta', en: 'Request approved' },
  rejected: { it: 'Domanda respinta', en: 'Request rejected' },
  closed: { it: 'Pratica chiusa', en: 'Request closed' },
  withdrawn: { it: 'Domanda ritirata', en: 'Request withdrawn' },
};

const statusBodies: Record<Exclude<RequestStatus, 'draft'>, (facts: Facts) => LocalizedText> = {
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

export function statusMessage(to: Exclude<RequestStatus, 'draft'>, facts: Facts, note: string | null) {
  const body = statusBodies[to](facts);
  const withNote = (text: string, label: string) => (note ? `${text}\n\n${label}: ${note}` : text);
  return {
    title: statusTitles[to],
    body: { it: withNote(body.it, "Messaggio dell'ufficio"), en: withNote(body.en, 'Message from the office') },
  };
}
