import type { Me } from '../../../shared/auth/api';
import { isValidFiscalCode, normalizeFiscalCode } from '../../../shared/identity/fiscal-code';
import { phoneNumberPattern } from '../../../shared/identity/phone';
import { TextField } from '../../components/text-field';
import type { ApplicantDraft } from '../../lib/booking-wizard';
import { t } from '../../lib/i18n';

export type ApplicantField = keyof ApplicantDraft;
export type ApplicantErrors = Partial<Record<ApplicantField, string>>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the draft, field by field, before anything is sent. */
export function applicantErrors(draft: ApplicantDraft): ApplicantErrors {
  const errors: ApplicantErrors = {};
  if (!draft.givenName) errors.givenName = t('booking.applicant.givenNameMissing');
  if (!draft.familyName) errors.familyName = t('booking.applicant.familyNameMissing');
  if (!draft.email) errors.email = t('booking.applicant.emailMissing');
  else if (!emailPattern.test(draft.email)) errors.email = t('booking.applicant.emailInvalid');
  if (draft.phone && !phoneNumberPattern.test(draft.phone)) errors.phone = t('booking.applicant.phoneInvalid');
  if (draft.fiscalCode && !isValidFiscalCode(draft.fiscalCode))
    errors.fiscalCode = t('booking.applicant.fiscalCodeInvalid');
  return errors;
}

/** The applicant as typed in the form, trimmed, the email in lower case, the codice fiscale in upper case. */
export function readApplicant(form: HTMLFormElement): ApplicantDraft {
  const data = new FormData(form);
  const text = (name: ApplicantField) => String(data.get(name) ?? '').trim();
  return {
    givenName: text('givenName'),
    familyName: text('familyName'),
    email: text('email').toLowerCase(),
    phone: text('phone'),
    fiscalCode: normalizeFiscalCode(text('fiscalCode')),
  };
}

/** A draft from the signed-in person's profile. */
export function applicantFromProfile(me: Me): ApplicantDraft {
  return {
    givenName: me.givenName ?? '',
    familyName: me.familyName ?? '',
    email: me.email,
    phone: me.phone ?? '',
    fiscalCode: me.fiscalCode ?? '',
  };
}

/** For the API: the optional fields left empty are left out. */
export function applicantInput(draft: ApplicantDraft) {
  return {
    givenName: draft.givenName,
    familyName: draft.familyName,
    email: draft.email,
    phone: draft.phone || undefined,
    fiscalCode: draft.fiscalCode || undefined,
  };
}

/** Nome, cognome, email, and optionally telefono and codice fiscale. */
export function ApplicantFields(props: { initial?: ApplicantDraft; errors: ApplicantErrors }) {
  return (
    <>
      <TextField
        id="applicant-given-name"
        name="givenName"
        label={t('booking.applicant.givenName')}
        value={props.initial?.givenName}
        autocomplete="given-name"
        maxLength={80}
        required
        error={props.errors.givenName}
      />
      <TextField
        id="applicant-family-name"
        name="familyName"
        label={t('booking.applicant.familyName')}
        value={props.initial?.familyName}
        autocomplete="family-name"
        maxLength={80}
        required
        error={props.errors.familyName}
      />
      <TextField
        id="applicant-email"
        name="email"
        type="email"
        label={t('booking.applicant.email')}
        hint={t('booking.applicant.emailHint')}
        value={props.initial?.email}
        autocomplete="email"
        inputmode="email"
        autocapitalize="none"
        required
        error={props.errors.email}
      />
      <TextField
        id="applicant-phone"
        name="phone"
        type="tel"
        label={t('booking.applicant.phone')}
        value={props.initial?.phone}
        autocomplete="tel"
        error={props.errors.phone}
      />
      <TextField
        id="applicant-fiscal-code"
        name="fiscalCode"
        label={t('booking.applicant.fiscalCode')}
        hint={t('booking.applicant.fiscalCodeHint')}
        value={props.initial?.fiscalCode}
        autocapitalize="characters"
        maxLength={16}
        error={props.errors.fiscalCode}
      />
      <p class="field-hint">{t('booking.applicant.privacy')}</p>
    </>
  );
}
