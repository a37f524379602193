import { describe, expect, it } from 'vitest';
import { describeAnswerIssue, describeAnswerIssues } from '../../shared/requests/answer-messages';
import {
  type AnswerIssue,
  type AnswerRule,
  checkAnswers,
  isFieldVisible,
  pageIsVisible,
  visibleFields,
} from '../../shared/requests/answers';
import { type Answers, FormDefinitionSchema } from '../../shared/requests/form';

const t = (it: string, en = it) => ({ it, en });
const today = '2026-11-23';
const fileA = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const fileB = '6fa459ea-ee8a-4ca4-894e-db77e160355e';

// One field of every type, and a chain of conditions: hasChild → childName → childNickname.
const definition = FormDefinitionSchema.parse({
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

const base: Answers = {
  name: 'Mario',
  hasChild: false,
  spot: { street: 'Via Roma 1', postalCode: '40061', city: 'Valdoria', latitude: 44.5, longitude: 11.3 },
};

function issuesFor(answers: Answers, fields?: string[]): AnswerIssue[] {
  return checkAnswers(definition, answers, { today, ...(fields && { fields }) }).issues;
}

/** The single issue one answer raises on top of an otherwise valid form. */
function issueOf(field: string, value: Answers[string]): AnswerIssue | undefined {
  const issues = issuesFor({ ...base, [field]: value });
  expect(issues.length).toBeLessThanOrEqual(1);
  return issues[0];
}

const expectRule = (field: string, value: Answers[string], rule: AnswerRule, limit?: number | string) =>
  expect(issueOf(field, value)).toEqual({ field, rule, ...(limit !== undefined && { limit }) });

describe('a valid form', () => {
  it('has no issues and keeps every answer', () => {
    const answers: Answers = {
      ...base,
      notes: 'Nulla da aggiungere',
      birthDate: '1980-01-01',
      email: 'mario.rossi@example.it',
      phone: '+39 051 123 4567',
      fiscalCode: 'RSSMRA80A01H501U',
      iban: 'IT60X0542811101000000123456',
      isee: 12500.5,
      shift: 'part-time',
      days: ['mon', 'wed'],
      start: '2026-12-01',
      home: { street: 'Via Garibaldi 3', postalCode: '40061', city: 'Valdoria' },
      documents: [fileA],
    };
    expect(checkAnswers(definition, answers, { today })).toEqual({ answers, issues: [] });
  });
});

describe('each rule', () => {
  it('required: a missing or blank required answer', () => {
    expect(issuesFor({ hasChild: false, spot: base.spot! })).toEqual([{ field: 'name', rule: 'required' }]);
    expectRule('name', '   ', 'required');
    expect(issuesFor({ ...base, spot: { street: '', postalCode: '', city: '' } })).toEqual([
      { field: 'spot', rule: 'required' },
    ]);
  });

  it('type: an answer of the wrong kind', () => {
    expectRule('name', 42, 'type');
    expectRule('isee', '12', 'type');
    expectRule('isee', Number.NaN, 'type');
    expectRule('hasChild', 'yes', 'type');
    expectRule('birthDate', '2026-02-30', 'type');
    expectRule('birthDate', '23/11/1980', 'type');
    expectRule('days', 'mon', 'type');
    expectRule('documents', ['not-a-uuid'], 'type');
    expectRule('home', 'Via Roma 1', 'type');
  });

  it('tooShort and tooLong: text length, with defaults of 200 and 4000 characters', () => {
    expectRule('name', 'M', 'tooShort', 2);
    expectRule('name', 'x'.repeat(201), 'tooLong', 200);
    expect(issueOf('name', 'x'.repeat(200))).toBeUndefined();
    expectRule('notes', 'x'.repeat(4001), 'tooLong', 4000);
    // Characters, not UTF-16 code units: 200 emoji are 200 characters.
    expect(issueOf('name', '😀'.repeat(200))).toBeUndefined();
  });

  it('tooSmall and tooLarge: numbers', () => {
    expectRule('isee', -1, 'tooSmall', 0);
    expectRule('isee', 100000.01, 'tooLarge', 100000);
    expect(issueOf('isee', 0)).toBeUndefined();
  });

  it('tooEarly and tooLate: dates relative to today, with the boundary date', () => {
    expectRule('birthDate', '2026-11-24', 'tooLate', '2026-11-23');
    expect(issueOf('birthDate', '2026-11-23')).toBeUndefined();
    expectRule('start', '2026-11-22', 'tooEarly', '2026-11-23');
    expectRule('start', '2027-02-22', 'tooLate', '2027-02-21');
    expect(issueOf('start', '2027-02-21')).toBeUndefined();
  });

  it('notAnOption: a value the field does not offer', () => {
    expectRule('shift', 'evenings', 'notAnOption');
    expectRule('days', ['mon', 'sun'], 'notAnOption');
  });

  it('tooFew and tooMany: choices and files', () => {
    expectRule('days', ['mon'], 'tooFew', 2);
    expectRule('days', ['mon', 'tue', 'wed', 'thu'], 'tooMany', 3);
    expectRule('documents', [fileA, fileB, '1b4e28ba-2fa1-41d2-883f-0016d3cca427'], 'tooMany', 2);
  });

  it('email, phone, fiscalCode and iban: well-formed identifiers', () => {
    expectRule('email', 'mario.rossi@', 'email');
    expectRule('phone', 'call me', 'phone');
    expectRule('fiscalCode', 'RSSMRA80A01H501X', 'fiscalCode');
    expectRule('iban', 'IT60X0542811101000000123457', 'iban');
  });

  it('postalCode, location and the parts of an address', () => {
    const spot = base.spot as { street: string; postalCode: string; city: string };
    expectRule('spot', { ...spot, postalCode: '4006' }, 'postalCode');
    expectRule('spot', { ...spot, postalCode: 'ABCDE' }, 'postalCode');
    expectRule('spot', { ...spot, street: ' ' }, 'required', 'street');
    expectRule('spot', { ...spot, city: '' }, 'required', 'city');
    // A required field that asks for the exact spot needs both coordinates.
    expectRule('spot', { street: spot.street, postalCode: spot.postalCode, city: spot.city }, 'location');
    expectRule('spot', { ...spot, latitude: 44.5, longitude: undefined }, 'location');
    // A field that does not ask for the spot ignores a stray coordinate (it is dropped, see cleaning).
    expect(issueOf('home', { street: 'Via Roma 1', postalCode: '40061', city: 'Valdoria', longitude: 11 })).toBe(
      undefined,
    );
  });

  it('unknownField: an answer to a field the form does not have', () => {
    expect(issuesFor({ ...base, oldQuestion: 'left over from version 1' })).toEqual([
      { field: 'oldQuestion', rule: 'unknownField' },
    ]);
    expect(checkAnswers(definition, { ...base, oldQuestion: 'x' }, { today }).answers).not.toHaveProperty(
      'oldQuestion',
    );
  });
});

describe('conditions', () => {
  const fields = definition.pages.flatMap((page) => page.fields);
  const field = (id: string) => fields.find((candidate) => candidate.id === id)!;
  const ids = (answers: Answers) => visibleFields(definition, answers).map((visible) => visible.id);

  it('show a field when the answer it depends on matches', () => {
    expect(isFieldVisible(field('childName'), { hasChild: true })).toBe(true);
    expect(isFieldVisible(field('childName'), { hasChild: false })).toBe(false);
    expect(isFieldVisible(field('childName'), {})).toBe(false);
    expect(ids({ hasChild: true })).toContain('childName');
  });

  it('hide a field whose condition points at a hidden field, whatever its stale answer', () => {
    // The citizen said yes, named the child Ada, then went back and said no.
    const answers = { hasChild: false, childName: 'Ada' };
    expect(isFieldVisible(field('childNickname'), answers, definition)).toBe(false);
    expect(ids(answers)).not.toContain('childNickname');
    expect(ids({ hasChild: true, childName: 'Ada' })).toContain('childNickname');
  });

  it('show a page when at least one of its fields is visible', () => {
    const page = (id: string) => definition.pages.find((candidate) => candidate.id === id)!;
    expect(pageIsVisible(page('nickname'), { hasChild: true, childName: 'Ada' }, definition)).toBe(true);
    expect(pageIsVisible(page('nickname'), { hasChild: false, childName: 'Ada' }, definition)).toBe(false);
    expect(pageIsVisible(page('nickname'), { hasChild: true, childName: 'Bruno' }, definition)).toBe(false);
    expect(pageIsVisible(page('child'), {}, definition)).toBe(true);
  });

  it('require a visible conditional field, and only a visible one', () => {
    expect(issuesFor({ ...base, hasChild: true })).toEqual([{ field: 'childName', rule: 'required' }]);
    expect(issuesFor({ ...base, hasChild: true, childName: 'Ada' })).toEqual([
      { field: 'childNickname', rule: 'required' },
    ]);
    expect(issuesFor({ ...base, hasChild: false })).toEqual([]);
  });

  it('drop answers to hidden fields without an issue', () => {
    const result = checkAnswers(definition, { ...base, childName: 'Ada', childNickname: 'Adina' }, { today });
    expect(result.issues).toEqual([]);
    expect(result.answers).not.toHaveProperty('childName');
    expect(result.answers).not.toHaveProperty('childNickname');
  });
});

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
