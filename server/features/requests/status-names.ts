import type { LocalizedText } from '../../../shared/catalog/content';
import type { RequestStatus } from '../../../shared/requests/status';

/** Status names as error messages quote them. */
export const statusNames: Record<RequestStatus, LocalizedText> = {
  draft: { it: 'bozza', en: 'draft' },
  submitted: { it: 'inviata', en: 'submitted' },
  in_review: { it: 'in lavorazione', en: 'in review' },
  needs_info: { it: 'in attesa di integrazioni', en: 'waiting for more information' },
  approved: { it: 'accolta', en: 'approved' },
  rejected: { it: 'respinta', en: 'rejected' },
  closed: { it: 'chiusa', en: 'closed' },
  withdrawn: { it: 'ritirata', en: 'withdrawn' },
};
