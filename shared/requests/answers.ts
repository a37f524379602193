import { EmailSchema } from '../auth/api';
import type { LocalDate } from '../booking/schedule';
import { addLocalDays } from '../booking/slots';
import { isValidFiscalCode, normalizeFiscalCode } from '../identity/fiscal-code';
import { isValidIban, normalizeIban } from '../identity/iban';
import { phoneNumberPattern } from '../identity/phone';
import type { AddressAnswer, Answers, AnswerValue, FieldCondition, FormDefinition, FormField, FormPage } from './form';

/**
 * Checks a citizen's answers against the form version they were made for: the same function runs in the
 * wizard, page by page, and on the server at submission, so both say the same thing.
 */

export type AnswerRule =
  | 'required'
  | 'type'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooLarge'
  | 'tooEarly'
  | 'tooLate'
  | 'notAnOption'
  | 'tooFew'
  | 'tooMany'
  | 'email'
  | 'phone'
  | 'fiscalCode'
  | 'iban'
  | 'postalCode'
  | 'location'
  | 'unknownField';

/**
 * One problem with one field. `limit` is the bound that was broken: a length, a value or a count, the
 * boundary date (YYYY-MM-DD) for dates, or for an incomplete address the part missing ('street', 'city').
 */
export type AnswerIssue = { field: string; rule: AnswerRule; limit?: number | string };

/** Lengths a text answer may have when the form does not say: a line, and a few paragraphs. */
export const defaultMaxLength = { text: 200, longText: 4000 } as const;

function allFields(definition: FormDefinition): FormField[] {
  return definition.pages.flatMap((page) => page.fields);
}

function conditionHolds(condition: FieldCondition, value: AnswerValue | undefined): boolean {
  if (typeof value === 'string') return value.trim() === condition.equals;
  if (typeof value === 'boolean') return value === condition.equals;
  // A multiple choice meets the condition when the value is among those picked.
  if (Array.isArray(value)) return value.includes(String(condition.equals));
  return false;
}

/**
 * Whether the form shows a field for these answers. Pass the definition to follow chains: a field that
 * depends on a hidden field is hidden too, whatever that hidden field's stale answer says (the citizen
 * answered yes, went on, then came back and changed it to no).
 */
export function isFieldVisible(field: FormField, answers: Answers, definition?: FormDefinition): boolean {
  const fields = definition ? allFields(definition) : [];
  const seen = new Set<string>();
  let current: FormField | undefined = field;
  while (current?.showIf) {
    if (!conditionHolds(current.showIf, answers[current.showIf.field])) return false;
    if (!definition) return true;
    // The schema only lets a field depend on an earlier one; the set guards hand-made definitions.
    if (seen.has(current.id)) return false;
    seen.add(current.id);
    const parentId: string = current.showIf.field;
    current = fields.find((candidate) => candidate.id === parentId);
    if (!current) return false;
  }
  return true;
}

/** The fields the citizen sees, in form order. */
export function visibleFields(definition: FormDefinition, answers: Answers): FormField[] {
  return allFields(definition).filter((field) => isFieldVisible(field, answers, definition));
}

/** A page is shown when at least one of its fields is; the wizard skips the others. */
export function pageIsVisible(page: FormPage, answers: Answers, definition?: FormDefinition): boolean {
  return page.fields.some((field) => isFieldVisible(field, answers, definition));
}

export interface CheckAnswersOptions {
  /** The day dates are measured from (date bounds are days relative to it). */
  today: LocalDate;
  /** Check only these fields (one page of the wizard); the whole form when left out (submission). */
  fields?: readonly string[];
}

/**
 * Cleans the answers and lists what is wrong with them. Answers to hidden fields are dropped without a
 * word; blank ones count as unanswered; the rest are trimmed and normalized (and kept even when wrong,
 * so a draft loses nothing). Answers to fields the form does not have are refused wherever they are:
 * they were made for another version of the form.
 */
export function checkAnswers(
  definition: FormDefinition,
  answers: Answers,
  options: CheckAnswersOptions,
): { answers: Answers; issues: AnswerIssue[] } {
  const known = new Set(allFields(definition).map((field) => field.id));
  const checked = options.fields ? new Set(options.fields) : null;
  const cleaned: Answers = {};
  const issues: AnswerIssue[] = [];
  for (const field of visibleFields(definition, answers)) {
    const value = clean(field, answers[field.id]);
    if (value !== undefined) cleaned[field.id] = value;
    if (checked && !checked.has(field.id)) continue;
    const issue = value === undefined ? checkMissing(field) : check(field, value, options.today);
    if (issue) issues.push({ field: field.id, ...issue });
  }
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ field: id, rule: 'unknownField' });
  }
  return { answers: cleaned, issues };
}

type Problem = { rule: AnswerRule; limit?: number | string } | null;

function checkMissing(field: FormField): Problem {
  return field.required ? { rule: 'required' } : null;
}

const isUnanswered = (value: AnswerValue | undefined) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** The answer as stored, or undefined when there is nothing to store. */
function clean(field: FormField, value: AnswerValue | undefined): AnswerValue | undefined {
  if (isUnanswered(value)) return undefined;
  if (typeof value === 'string') {
    const text = value.trim();
    switch (field.type) {
      case 'fiscalCode':
        return normalizeFiscalCode(text);
      case 'iban':
        return normalizeIban(text);
      case 'email':
        return text.toLowerCase();
      default:
        return text;
    }
  }
  if (Array.isArray(value)) {
    const items = [...new Set(value.map((item) => (typeof item === 'string' ? item.trim() : item)))];
    const kept = items.filter((item) => item !== '');
    return kept.length > 0 ? kept : undefined;
  }
  if (field.type === 'address' && isAddressShaped(value)) return cleanAddress(field, value);
  return value;
}

function isAddressShaped(value: unknown): value is AddressAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const address = value as Record<string, unknown>;
  return (
    typeof address.street === 'string' && typeof address.postalCode === 'string' && typeof address.city === 'string'
  );
}

function cleanAddress(field: FormField, address: AddressAnswer): AddressAnswer | undefined {
  const street = address.street.trim();
  const postalCode = address.postalCode.replace(/\s+/g, '');
  const city = address.city.trim();
  // A position the form did not ask for is not kept: it says more about the citizen than needed.
  const located = field.withLocation && (address.latitude !== undefined || address.longitude !== undefined);
  if (!street && !postalCode && !city && !located) return undefined;
  return {
    street,
    postalCode,
    city,
    ...(located && address.latitude !== undefined && { latitude: address.latitude }),
    ...(located && address.longitude !== undefined && { longitude: address.longitude }),
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRealDate(value: string): boolean {
  // addLocalDays rolls 30 February over to March: a real date comes back unchanged.
  return isoDate.test(value) && addLocalDays(value, 0) === value;
}

/** The first thing wrong with an answer that is there, or null. */
function check(field: FormField, value: AnswerValue, today: LocalDate): Problem {
  switch (field.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' ? checkLength(field, value) : { rule: 'type' };
    case 'email':
      if (typeof value !== 'string') return { rule: 'type' };
      return EmailSchema.safeParse(value).success ? null : { rule: 'email' };
    case 'phone':
      if (typeof value !== 'string') return { rule: 'type' };
      return phoneNumberPattern.test(value) ? null : { rule: 'phone' };
    case 'fiscalCode':
      if (typeof value !== 'string') return { rule: 'type' };
      return isValidFiscalCode(value) ? null : { rule: 'fiscalCode' };
    case 'iban':
      if (typeof value !== 'string') return { rule: 'type' };
      return isValidIban(value) ? null : { rule: 'iban' };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { rule: 'type' };
      return checkRange(field.min, field.max, value, 'tooSmall', 'tooLarge');
    case 'date':
      return typeof value === 'string' && isRealDate(value) ? checkDate(field, value, today) : { rule: 'type' };
    case 'yesNo':
      return typeof value === 'boolean' ? null : { rule: 'type' };
    case 'choice':
      if (typeof value !== 'string') return { rule: 'type' };
      return isOption(field, value) ? null : { rule: 'notAnOption' };
    case 'multiChoice':
      if (!isStringArray(value)) return { rule: 'type' };
      if (!value.every((item) => isOption(field, item))) return { rule: 'notAnOption' };
      return checkRange(field.min, field.max, value.length, 'tooFew', 'tooMany');
    case 'file':
      if (!isStringArray(value) || !value.every((item) => uuid.test(item))) return { rule: 'type' };
      return checkRange(field.min, field.max, value.length, 'tooFew', 'tooMany');
    case 'address':
      return isAddressShaped(value) ? checkAddress(field, value) : { rule: 'type' };
  }
}

function checkRange(
  min: number | undefined,
  max: number | undefined,
  value: number,
  low: AnswerRule,
  high: AnswerRule,
): Problem {
  if (min !== undefined && value < min) return { rule: low, limit: min };
  if (max !== undefined && value > max) return { rule: high, limit: max };
  return null;
}

function checkLength(field: FormField, text: string): Problem {
  const max = field.max ?? (field.type === 'longText' ? defaultMaxLength.longText : defaultMaxLength.text);
  // Characters as people count them: an emoji or an accented letter typed as two code units is one.
  return checkRange(field.min, max, Array.from(text).length, 'tooShort', 'tooLong');
}

function checkDate(field: FormField, date: LocalDate, today: LocalDate): Problem {
  const earliest = field.min === undefined ? undefined : addLocalDays(today, field.min);
  const latest = field.max === undefined ? undefined : addLocalDays(today, field.max);
  if (earliest !== undefined && date < earliest) return { rule: 'tooEarly', limit: earliest };
  if (latest !== undefined && date > latest) return { rule: 'tooLate', limit: latest };
  return null;
}

function checkAddress(field: FormField, address: AddressAnswer): Problem {
  if (!address.street) return { rule: 'required', limit: 'street' };
  if (!address.city) return { rule: 'required', limit: 'city' };
  if (!/^\d{5}$/.test(address.postalCode)) return { rule: 'postalCode' };
  const { latitude, longitude } = address;
  // A position is both coordinates or none; a form that needs the exact spot needs both.
  if (latitude === undefined && longitude === undefined) {
    return field.withLocation && field.required ? { rule: 'location' } : null;
  }
  if (latitude === undefined || longitude === undefined) return { rule: 'location' };
  const onEarth =
    Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return onEarth ? null : { rule: 'location' };
}

function isOption(field: FormField, value: string): boolean {
  return field.options?.some((option) => option.value === value) ?? false;
}

function isStringArray(value: AnswerValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
