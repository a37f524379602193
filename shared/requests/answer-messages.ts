import type { Locale } from '../i18n/locale';
import { localize } from '../i18n/localized';
import type { AnswerIssue } from './answers';
import type { FieldType, FormDefinition } from './form';

/**
 * What a citizen reads next to a field that needs fixing: one sentence that names the field and says
 * what to do. Both languages live here, beside the rules they explain, so a new rule cannot ship mute.
 */

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 23/11/2026 in Italian, 23 November 2026 in English: no month/day order for either to misread. */
function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-');
  if (locale === 'it') return `${day}/${month}/${year}`;
  return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}`;
}

function formatLimit(limit: number | string | undefined, locale: Locale): string {
  if (typeof limit === 'number') return new Intl.NumberFormat(locale === 'it' ? 'it-IT' : 'en-GB').format(limit);
  return limit ?? '';
}

/** 'file' stays the same in Italian; options and English files take a plural. */
function countable(type: FieldType | undefined, count: number, locale: Locale): string {
  if (type === 'file') return locale === 'en' && count !== 1 ? 'files' : 'file';
  if (locale === 'it') return count === 1 ? 'opzione' : 'opzioni';
  return count === 1 ? 'option' : 'options';
}

type Describe = (label: string, issue: AnswerIssue, type: FieldType | undefined) => string;

const italian: Record<AnswerIssue['rule'], Describe> = {
  required: (label, issue) => {
    if (issue.limit === 'street') return `Nel campo «${label}» indica la via e il numero civico`;
    if (issue.limit === 'city') return `Nel campo «${label}» indica il comune`;
    return `Il campo «${label}» è obbligatorio`;
  },
  type: (label, _issue, type) =>
    type === 'date'
      ? `Il campo «${label}» non contiene una data valida`
      : `Il campo «${label}» non contiene un valore valido`,
  tooShort: (label, issue) => `Il campo «${label}» deve contenere almeno ${formatLimit(issue.limit, 'it')} caratteri`,
  tooLong: (label, issue) => `Il campo «${label}» non può superare ${formatLimit(issue.limit, 'it')} caratteri`,
  tooSmall: (label, issue) => `Il campo «${label}» deve essere almeno ${formatLimit(issue.limit, 'it')}`,
  tooLarge: (label, issue) => `Il campo «${label}» non può essere superiore a ${formatLimit(issue.limit, 'it')}`,
  tooEarly: (label, issue) =>
    `La data nel campo «${label}» non può essere precedente al ${formatDate(String(issue.limit), 'it')}`,
  tooLate: (label, issue) =>
    `La data nel campo «${label}» non può essere successiva al ${formatDate(String(issue.limit), 'it')}`,
  notAnOption: (label) => `Il campo «${label}» contiene una scelta non prevista: scegli tra quelle proposte`,
  tooFew: (label, issue, type) =>
    type === 'file'
      ? `Nel campo «${label}» allega almeno ${formatLimit(issue.limit, 'it')} ${countable(type, Number(issue.limit), 'it')}`
      : `Nel campo «${label}» scegli almeno ${formatLimit(issue.limit, 'it')} ${countable(type, Number(issue.limit), 'it')}`,
  tooMany: (label, issue, type) =>
    type === 'file'
      ? `Nel campo «${label}» puoi allegare al massimo ${formatLimit(issue.limit, 'it')} ${countable(type, Number(issue.limit), 'it')}`
      : `Nel campo «${label}» puoi scegliere al massimo ${formatLimit(issue.limit, 'it')} ${countable(type, Number(issue.limit), 'it')}`,
  email: (label) =>
    `Il campo «${label}» non è un indirizzo email valido: controlla che sia scritto come nome@esempio.it`,
  phone: (label) =>
    `Il campo «${label}» non è un numero di telefono valido: usa solo cifre, con il + iniziale se serve`,
  fiscalCode: (label) => `Il campo «${label}» non è un codice fiscale valido: controlla le 16 lettere e cifre`,
  iban: (label) => `Il campo «${label}» non è un IBAN valido: controlla le lettere e i numeri`,
  postalCode: (label) => `Nel campo «${label}» il CAP deve essere di 5 cifre`,
  location: (label) => `Nel campo «${label}» indica la posizione esatta: latitudine e longitudine`,
  unknownField: (label) =>
    `Il campo «${label}» non fa parte di questo modulo: il modulo potrebbe essere cambiato, ricarica la pagina`,
};

const english: Record<AnswerIssue['rule'], Describe> = {
  required: (label, issue) => {
    if (issue.limit === 'street') return `In “${label}”, enter the street and house number`;
    if (issue.limit === 'city') return `In “${label}”, enter the town or city`;
    return `The field “${label}” is required`;
  },
  type: (label, _issue, type) =>
    type === 'date'
      ? `The field “${label}” does not contain a valid date`
      : `The field “${label}” does not contain a valid value`,
  tooShort: (label, issue) => `The field “${label}” must be at least ${formatLimit(issue.limit, 'en')} characters long`,
  tooLong: (label, issue) => `The field “${label}” must be at most ${formatLimit(issue.limit, 'en')} characters long`,
  tooSmall: (label, issue) => `The field “${label}” must be at least ${formatLimit(issue.limit, 'en')}`,
  tooLarge: (label, issue) => `The field “${label}” must be at most ${formatLimit(issue.limit, 'en')}`,
  tooEarly: (label, issue) => `The date in “${label}” cannot be before ${formatDate(String(issue.limit), 'en')}`,
  tooLate: (label, issue) => `The date in “${label}” cannot be after ${formatDate(String(issue.limit), 'en')}`,
  notAnOption: (label) => `The field “${label}” has a choice that is not on the list: pick one of those offered`,
  tooFew: (label, issue, type) =>
    `In “${label}”, ${type === 'file' ? 'attach' : 'choose'} at least ${formatLimit(issue.limit, 'en')} ${countable(type, Number(issue.limit), 'en')}`,
  tooMany: (label, issue, type) =>
    `In “${label}”, ${type === 'file' ? 'attach' : 'choose'} no more than ${formatLimit(issue.limit, 'en')} ${countable(type, Number(issue.limit), 'en')}`,
  email: (label) => `The field “${label}” is not a valid email address: check it looks like name@example.com`,
  phone: (label) => `The field “${label}” is not a valid phone number: use digits only, with a leading + if needed`,
  fiscalCode: (label) =>
    `The field “${label}” is not a valid Italian tax code (codice fiscale): check the 16 letters and digits`,
  iban: (label) => `The field “${label}” is not a valid IBAN: check the letters and numbers`,
  postalCode: (label) => `In “${label}”, the postcode (CAP) must be 5 digits`,
  location: (label) => `In “${label}”, give the exact position: latitude and longitude`,
  unknownField: (label) =>
    `The field “${label}” is not part of this form: the form may have changed, please reload the page`,
};

const catalogs: Record<Locale, Record<AnswerIssue['rule'], Describe>> = { it: italian, en: english };

/**
 * One issue as a sentence. The field's type, when known, picks the words (files are attached, options
 * chosen; a date that is not one says so).
 */
export function describeAnswerIssue(issue: AnswerIssue, label: string, locale: Locale, type?: FieldType): string {
  return catalogs[locale][issue.rule](label, issue, type);
}

/** Every issue of a submission, labelled as the form labels its fields (the id when the form has no such field). */
export function describeAnswerIssues(
  definition: FormDefinition,
  issues: readonly AnswerIssue[],
  locale: Locale,
): string {
  const fields = new Map(definition.pages.flatMap((page) => page.fields).map((field) => [field.id, field]));
  return issues
    .map((issue) => {
      const field = fields.get(issue.field);
      return describeAnswerIssue(issue, field ? localize(field.label, locale) : issue.field, locale, field?.type);
    })
    .join('; ');
}
