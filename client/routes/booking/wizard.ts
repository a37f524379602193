/**
 * The wizard's pages as one chunk: a citizen who starts booking goes through all of them, and one chunk
 * keeps the entry's table of lazy files (and so the home page) small.
 */
export { default as ApplicantStep } from './applicant-step';
export { default as ChooseService } from './choose-service';
export { default as Confirmation } from './confirmation';
export { default as DateStep } from './date-step';
export { default as DetailsStep } from './details-step';
export { default as OfficeStep } from './office-step';
export { default as SummaryStep } from './summary-step';
