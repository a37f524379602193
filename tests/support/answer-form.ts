import { expect } from 'vitest';
import { type AnswerIssue, type AnswerRule, checkAnswers } from '../../shared/requests/answers';
import { type Answers, FormDefinitionSchema } from '../../shared/requests/form';

/** The form the answer-checking tests share: one field of every type, with conditions between them. */

export const t = (it: string, en = it) => ({ it, en });
export const today = '2026-11-23';
export const fileA = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const fileB = '6fa459ea-ee8a-4ca4-894e-db77e160355e';

// One field of every type, and a chain of conditions: hasChild → childName → childNickname.
export const definition = FormDefinitionSchema.parse({
  pages: [
    {
      id: 'person',
      title: t('Chi sei', 'About you'),
      fields: [
        { id: 'name', type: 'text', label: t('Nome', 'Name'), required: true, min: 2 },
        { id: 'notes', type: 'longText', label: t('Note', 'Notes') },
        { id: 'birthDate', type: 'date', label: t('Data di nascita', 'Date of birth'), max: 0, min: -36500 },
        { id: 'email', type: 'email', label: t('Email') },
        { id: 'phone', type: 'phone', label: t('Telefono', 'Phone') },
        { id: 'fiscalCode', type: 'fiscalCode', label: t('Codice fiscale', 'Tax code') },
      ],
    },
    {
      id: 'money',
      title: t('Dati economici', 'Finances'),
      fields: [
        { id: 'iban', type: 'iban', label: t('IBAN') },
        { id: 'isee', type: 'number', label: t('Valore ISEE', 'ISEE value'), min: 0, max: 100000 },
      ],
    },
    {
      id: 'choices',
      title: t('Scelte', 'Choices'),
      fields: [
        {
          id: 'shift',
          type: 'choice',
          label: t('Frequenza', 'Attendance'),
          options: [
            { value: 'full-time', label: t('Tempo pieno', 'Full time') },
            { value: 'part-time', label: t('Part-time') },
          ],
        },
        {
          id: 'days',
          type: 'multiChoice',
          label: t('Giorni', 'Days'),
          min: 2,
          max: 3,
          options: ['mon', 'tue', 'wed', 'thu', 'fri'].map((value) => ({ value, label: t(value) })),
        },
        { id: 'start', type: 'date', label: t('Inizio', 'Start'), min: 0, max: 90 },
      ],
    },
    {
      id: 'child',
      title: t('Figli', 'Children'),
      fields: [
        { id: 'hasChild', type: 'yesNo', label: t('Hai figli?', 'Do you have children?'), required: true },
        {
          id: 'childName',
          type: 'text',
          label: t('Nome del figlio', "Child's name"),
          required: true,
          showIf: { field: 'hasChild', equals: true },
        },
      ],
    },
    {
      id: 'nickname',
      title: t('Soprannome', 'Nickname'),
      fields: [
        {
          id: 'childNickname',
          type: 'text',
          label: t('Soprannome', 'Nickname'),
          required: true,
          showIf: { field: 'childName', equals: 'Ada' },
        },
      ],
    },
    {
      id: 'place',
      title: t('Luogo', 'Place'),
      fields: [
        { id: 'home', type: 'address', label: t('Indirizzo', 'Address') },
        { id: 'spot', type: 'address', label: t('Luogo del problema', 'Where'), required: true, withLocation: true },
        { id: 'documents', type: 'file', label: t('Documenti', 'Documents'), min: 1, max: 2 },
      ],
    },
  ],
});

export const base: Answers = {
  name: 'Mario',
  hasChild: false,
  spot: { street: 'Via Roma 1', postalCode: '40061', city: 'Valdoria', latitude: 44.5, longitude: 11.3 },
};

export function issuesFor(answers: Answers, fields?: string[]): AnswerIssue[] {
  return checkAnswers(definition, answers, { today, ...(fields && { fields }) }).issues;
}

/** The single issue one answer raises on top of an otherwise valid form. */
export function issueOf(field: string, value: Answers[string]): AnswerIssue | undefined {
  const issues = issuesFor({ ...base, [field]: value });
  expect(issues.length).toBeLessThanOrEqual(1);
  return issues[0];
}

export const expectRule = (field: string, value: Answers[string], rule: AnswerRule, limit?: number | string) =>
  expect(issueOf(field, value)).toEqual({ field, rule, ...(limit !== undefined && { limit }) });
