import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../shared/i18n/locale';
import { describeIssue } from '../../shared/i18n/validation';

describe('negotiateLocale', () => {
  it('prefers the highest-weighted supported language', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,it;q=0.8')).toBe('en');
    expect(negotiateLocale('de-DE,it;q=0.5,en;q=0.4')).toBe('it');
    expect(negotiateLocale('fr, en;q=0.1')).toBe('en');
  });

  it('falls back to Italian', () => {
    expect(negotiateLocale(undefined)).toBe('it');
    expect(negotiateLocale('de, fr')).toBe('it');
  });
});

describe('describeIssue', () => {
  it('names the field and the rule', () => {
    const issue = { code: 'too_big', path: ['pageSize'], maximum: 50, origin: 'number' };
    expect(describeIssue(issue, 'it')).toBe('il campo «risultati per pagina» può essere al massimo 50');
    expect(describeIssue(issue, 'en')).toBe('the field “results per page” must be at most 50');
  });

  it('describes a missing field as required', () => {
    const issue = {
      code: 'invalid_type',
      path: ['slug'],
      expected: 'string',
      message: 'Invalid input: expected string, received undefined',
    };
    expect(describeIssue(issue, 'en')).toBe('the field “identifier” is required');
  });

  it('describes a problem with the whole input', () => {
    expect(describeIssue({ code: 'invalid_type', path: [], expected: 'object' }, 'it')).toBe(
      'la richiesta deve essere di tipo oggetto',
    );
  });
});
