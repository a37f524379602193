import type { DeadlineKind } from '../../../../shared/requests/api';
import type { FormDefinition } from '../../../../shared/requests/form';

/**
 * The online forms of the demo services that take requests: what each asks, which office handles the
 * requests and within how many days it must decide (the term stated on the service page).
 * Pages follow the GOV.UK "one thing per page" pattern: a single topic, one to four questions.
 */
export interface DemoRequestForm {
  service: string;
  office: string;
  deadline: { days: number; kind: DeadlineKind };
  definition: FormDefinition;
}

/** Said under every file question. */
export const fileFormats = {
  it: 'Formati accettati: PDF, JPG, PNG o WebP.',
  en: 'Accepted formats: PDF, JPG, PNG or WebP.',
};
