import { wallClock } from '../../../shared/booking/format';
import { checkAnswers, isFieldVisible, pageIsVisible } from '../../../shared/requests/answers';
import type { Answers, FormDefinition, FormField, FormPage } from '../../../shared/requests/form';

/**
 * The path through a form: which pages the citizen sees for the answers given so far, where "Continua"
 * and "Indietro" lead, and where to take up a draft again. Pages whose every question is hidden by an
 * earlier answer are skipped both ways.
 */

/** Date bounds are days from today, as the offices count them: in Italy. */
export function todayInItaly(): string {
  return wallClock(new Date(), 'Europe/Rome').localDate;
}

export function visiblePages(definition: FormDefinition, answers: Answers): FormPage[] {
  return definition.pages.filter((page) => pageIsVisible(page, answers, definition));
}

export function pageFields(page: FormPage, answers: Answers, definition: FormDefinition): FormField[] {
  return page.fields.filter((field) => isFieldVisible(field, answers, definition));
}

/** The next page shown after this one, in form order; undefined after the last (then: the check page). */
export function nextPage(definition: FormDefinition, answers: Answers, pageId: string): FormPage | undefined {
  const index = definition.pages.findIndex((page) => page.id === pageId);
  return definition.pages.slice(index + 1).find((page) => pageIsVisible(page, answers, definition));
}

export function previousPage(definition: FormDefinition, answers: Answers, pageId: string): FormPage | undefined {
  const index = definition.pages.findIndex((page) => page.id === pageId);
  const before = definition.pages.slice(0, Math.max(index, 0));
  return before.reverse().find((page) => pageIsVisible(page, answers, definition));
}

/**
 * Where a draft is taken up: the first page with something missing or wrong, or the check page when all
 * is in order. A fresh form (nothing answered) starts at its first page.
 */
export function resumeAt(definition: FormDefinition, answers: Answers): string | undefined {
  const pages = visiblePages(definition, answers);
  if (Object.keys(answers).length === 0) return pages[0]?.id;
  const { issues } = checkAnswers(definition, answers, { today: todayInItaly() });
  const fieldsWithIssues = new Set(issues.map((issue) => issue.field));
  const first = pages.find((page) => page.fields.some((field) => fieldsWithIssues.has(field.id)));
  return first?.id;
}

/** Answers kept when the form changed since the draft: only those to questions it still asks. */
export function answersForForm(definition: FormDefinition, answers: Answers): Answers {
  const known = new Set(definition.pages.flatMap((page) => page.fields.map((field) => field.id)));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
}

/** The page that asks a field, for a "Modifica" link or an error that names the field. */
export function pageOfField(definition: FormDefinition, fieldId: string): FormPage | undefined {
  return definition.pages.find((page) => page.fields.some((field) => field.id === fieldId));
}

export function fieldById(definition: FormDefinition, fieldId: string): FormField | undefined {
  return definition.pages.flatMap((page) => page.fields).find((field) => field.id === fieldId);
}

/** The id of the control an error links to: the first input of a group, the street of an address. */
export function controlId(field: FormField): string {
  const base = `field-${field.id}`;
  switch (field.type) {
    case 'choice':
    case 'multiChoice':
      return `${base}-0`;
    case 'yesNo':
      return `${base}-yes`;
    case 'address':
      return `${base}-street`;
    default:
      return base;
  }
}
