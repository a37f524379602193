import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInHref } from '../../client/lib/return-path';

describe('where sign-in sends a person back (?ritorno=)', () => {
  it('accepts paths of this site, with their query and hash', () => {
    expect(safeReturnPath('/area-personale/profilo')).toBe('/area-personale/profilo');
    expect(safeReturnPath('/cerca?q=carta%20identita#risultati')).toBe('/cerca?q=carta%20identita#risultati');
    expect(safeReturnPath(['/servizi', '/altro'])).toBe('/servizi');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/%0a/evil.example',
      '/\t/evil.example',
      'area-personale',
      '',
      undefined,
      null,
    ]) {
      const path = safeReturnPath(value);
      expect(path === undefined || new URL(path, 'https://sportello.test').origin === 'https://sportello.test').toBe(
        true,
      );
    }
    expect(safeReturnPath('https://evil.example/')).toBeUndefined();
    expect(safeReturnPath('//evil.example/path')).toBeUndefined();
    expect(safeReturnPath('/\\evil.example')).toBeUndefined();
    expect(safeReturnPath('/\t/evil.example')).toBeUndefined();
  });

  it('never returns to the sign-in page itself', () => {
    expect(safeReturnPath('/accedi?ritorno=/accedi')).toBeUndefined();
    expect(signInHref('/accedi')).toBe('/accedi');
  });

  it('builds the sign-in address with the page to come back to', () => {
    expect(signInHref('/area-personale/messaggi')).toBe('/accedi?ritorno=%2Farea-personale%2Fmessaggi');
    expect(signInHref('https://evil.example/')).toBe('/accedi');
  });
});
