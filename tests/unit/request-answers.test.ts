import { describe, expect, it } from 'vitest';
import { checkAnswers, isFieldVisible, pageIsVisible, visibleFields } from '../../shared/requests/answers';
import type { Answers } from '../../shared/requests/form';
import { base, definition, expectRule, fileA, fileB, issueOf, issuesFor, today } from '../support/answer-form';

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
