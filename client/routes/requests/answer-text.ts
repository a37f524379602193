import type { Locale } from '../../../shared/i18n/locales';
import { localize } from '../../../shared/i18n/localized';
import type { AttachmentView } from '../../../shared/requests/api';
import type { AddressAnswer, AnswerValue, FormField } from '../../../shared/requests/form';
import { t } from '../../lib/i18n';
import { formatCivilDate, intlTag } from './format';

/**
 * An answer as a person reads it back (check page, request page, receipt): option labels rather than
 * their codes, dates and numbers in the reader's language, "Sì"/"No", an address on one line, and for
 * files the attachments themselves.
 */
export type AnswerDisplay = { kind: 'text'; text: string } | { kind: 'files'; files: AttachmentView[] };

export function formatAddress(address: AddressAnswer, locale: Locale): string {
  const line = [address.street, [address.postalCode, address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  if (address.latitude === undefined || address.longitude === undefined) return line;
  const number = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 6 });
  const position = t('requests.address.position', {
    latitude: number.format(address.latitude),
    longitude: number.format(address.longitude),
  });
  return line ? `${line} (${position})` : position;
}

function optionLabel(field: FormField, value: string, locale: Locale): string {
  const option = field.options?.find((entry) => entry.value === value);
  return option ? localize(option.label, locale) : value;
}

export function describeAnswer(
  field: FormField,
  value: AnswerValue | undefined,
  locale: Locale,
  attachments: readonly AttachmentView[] = [],
): AnswerDisplay {
  const text = (words: string): AnswerDisplay => ({ kind: 'text', text: words });
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return text(t('requests.answer.none'));
  switch (field.type) {
    case 'file': {
      const ids = Array.isArray(value) ? value : [];
      return { kind: 'files', files: attachments.filter((attachment) => ids.includes(attachment.id)) };
    }
    case 'yesNo':
      return text(value === true ? t('requests.yes') : value === false ? t('requests.no') : String(value));
    case 'choice':
      return text(typeof value === 'string' ? optionLabel(field, value, locale) : String(value));
    case 'multiChoice':
      return text(
        Array.isArray(value) ? value.map((item) => optionLabel(field, item, locale)).join('; ') : String(value),
      );
    case 'date':
      return text(typeof value === 'string' ? formatCivilDate(value, locale) : String(value));
    case 'number':
      return text(typeof value === 'number' ? new Intl.NumberFormat(intlTag(locale)).format(value) : String(value));
    case 'address':
      return text(typeof value === 'object' && !Array.isArray(value) ? formatAddress(value, locale) : String(value));
    default:
      return text(Array.isArray(value) ? value.join(', ') : String(value));
  }
}
