import { describe, expect, it } from 'vitest';
import { describeAnswerIssue, describeAnswerIssues } from '../../shared/requests/answer-messages';
import { type AnswerRule, checkAnswers } from '../../shared/requests/answers';
import { base, definition, fileA, issuesFor, today } from '../support/answer-form';

describe('cleaning', () => {
  it('trims, normalizes and drops blank answers', () => {
    const { answers, issues } = checkAnswers(
      definition,
      {
        ...base,
        name: '  Mario  ',
        notes: '   ',
        email: ' Mario.Rossi@Example.IT ',
        fiscalCode: 'rssmra 80a01 h501u',
        iban: 'it60 x054 2811 1010 0000 0123 456',
        days: [],
        home: { street: '', postalCode: '', city: '' },
        documents: [fileA, fileA],
      },
      { today },
    );
    expect(issues).toEqual([]);
    expect(answers).toEqual({
      ...base,
      name: 'Mario',
      email: 'mario.rossi@example.it',
      fiscalCode: 'RSSMRA80A01H501U',
      iban: 'IT60X0542811101000000123456',
      documents: [fileA],
    });
  });

  it('drops a position the field did not ask for', () => {
    const home = { street: ' Via Roma 1 ', postalCode: '40 061', city: 'Valdoria', latitude: 44, longitude: 11 };
    const { answers } = checkAnswers(definition, { ...base, home }, { today });
    expect(answers.home).toEqual({ street: 'Via Roma 1', postalCode: '40061', city: 'Valdoria' });
  });

  it('keeps a wrong answer so a draft loses nothing, and reports it', () => {
    const result = checkAnswers(definition, { ...base, email: 'not an email' }, { today });
    expect(result.answers.email).toBe('not an email');
    expect(result.issues).toEqual([{ field: 'email', rule: 'email' }]);
  });
});

describe('checking one page', () => {
  it('reports only the fields of that page, and unknown fields wherever they are', () => {
    const answers = { name: 'M', isee: -5, stray: 'x' };
    expect(checkAnswers(definition, answers, { today, fields: ['isee', 'iban'] }).issues).toEqual([
      { field: 'isee', rule: 'tooSmall', limit: 0 },
      { field: 'stray', rule: 'unknownField' },
    ]);
  });

  it('does not require the fields of other pages', () => {
    expect(issuesFor({}, ['iban', 'isee'])).toEqual([]);
    expect(issuesFor({}, ['name'])).toEqual([{ field: 'name', rule: 'required' }]);
  });

  it('still cleans every answer', () => {
    const { answers } = checkAnswers(definition, { name: ' Mario ', iban: 'it60 x054' }, { today, fields: ['name'] });
    expect(answers).toEqual({ name: 'Mario', iban: 'IT60X054' });
  });
});

describe('messages', () => {
  it('name the field and say what to do, in Italian', () => {
    expect(describeAnswerIssue({ field: 'birthDate', rule: 'required' }, 'Data di nascita', 'it')).toBe(
      'Il campo «Data di nascita» è obbligatorio',
    );
    expect(describeAnswerIssue({ field: 'iban', rule: 'iban' }, 'IBAN', 'it')).toBe(
      'Il campo «IBAN» non è un IBAN valido: controlla le lettere e i numeri',
    );
    expect(describeAnswerIssue({ field: 'start', rule: 'tooLate', limit: '2026-11-23' }, 'Inizio', 'it')).toBe(
      'La data nel campo «Inizio» non può essere successiva al 23/11/2026',
    );
    expect(describeAnswerIssue({ field: 'isee', rule: 'tooLarge', limit: 100000 }, 'ISEE', 'it')).toBe(
      'Il campo «ISEE» non può essere superiore a 100.000',
    );
  });

  it('name the field and say what to do, in English', () => {
    expect(describeAnswerIssue({ field: 'birthDate', rule: 'required' }, 'Date of birth', 'en')).toBe(
      'The field “Date of birth” is required',
    );
    expect(describeAnswerIssue({ field: 'start', rule: 'tooEarly', limit: '2026-11-03' }, 'Start', 'en')).toBe(
      'The date in “Start” cannot be before 3 November 2026',
    );
    expect(describeAnswerIssue({ field: 'documents', rule: 'tooMany', limit: 3 }, 'Photos', 'en', 'file')).toBe(
      'In “Photos”, attach no more than 3 files',
    );
  });

  const everyRule: AnswerRule[] = [
    'required',
    'type',
    'tooShort',
    'tooLong',
    'tooSmall',
    'tooLarge',
    'tooEarly',
    'tooLate',
    'notAnOption',
    'tooFew',
    'tooMany',
    'email',
    'phone',
    'fiscalCode',
    'iban',
    'postalCode',
    'location',
    'unknownField',
  ];

  it.each(everyRule)('have a sentence for %s in both languages, naming the field', (rule) => {
    const limit = rule === 'tooEarly' || rule === 'tooLate' ? '2026-11-23' : 5;
    for (const locale of ['it', 'en'] as const) {
      const text = describeAnswerIssue({ field: 'x', rule, limit }, 'Campo di prova', locale);
      expect(text).toContain('Campo di prova');
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(describeAnswerIssue({ field: 'x', rule, limit }, 'L', 'it')).not.toBe(
      describeAnswerIssue({ field: 'x', rule, limit }, 'L', 'en'),
    );
  });

  it('say which part of an address is missing', () => {
    expect(describeAnswerIssue({ field: 'spot', rule: 'required', limit: 'street' }, 'Luogo', 'it')).toBe(
      'Nel campo «Luogo» indica la via e il numero civico',
    );
    expect(describeAnswerIssue({ field: 'spot', rule: 'required', limit: 'city' }, 'Where', 'en')).toBe(
      'In “Where”, enter the town or city',
    );
  });

  it('label a whole submission from the form, falling back to the field id', () => {
    const issues = issuesFor({ hasChild: 'yes', spot: base.spot!, stray: 'x' });
    expect(describeAnswerIssues(definition, issues, 'it')).toBe(
      'Il campo «Nome» è obbligatorio; Il campo «Hai figli?» non contiene un valore valido; ' +
        'Il campo «stray» non fa parte di questo modulo: il modulo potrebbe essere cambiato, ricarica la pagina',
    );
    expect(describeAnswerIssues(definition, [{ field: 'documents', rule: 'tooFew', limit: 1 }], 'en')).toBe(
      'In “Documents”, attach at least 1 file',
    );
  });
});
