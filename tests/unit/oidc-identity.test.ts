import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors/app-error';
import { identityFromClaims, sameSiteReturnPath } from '../../server/features/auth/oidc';

function refusalOf(claims: Record<string, unknown>): string | undefined {
  try {
    identityFromClaims(claims);
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the identity a SPID/CIE gateway vouches for', () => {
  it('reads fiscalNumber or fiscal_number, with or without TINIT-, in any case', () => {
    const base = { email: ' Mario.Rossi@Example.it', given_name: ' Mario ', family_name: 'Rossi' };
    expect(identityFromClaims({ ...base, fiscalNumber: 'TINIT-RSSMRA80A01H501U' })).toEqual({
      fiscalCode: 'RSSMRA80A01H501U',
      email: 'mario.rossi@example.it',
      givenName: 'Mario',
      familyName: 'Rossi',
    });
    expect(identityFromClaims({ ...base, fiscal_number: 'tinit-rssmra80a01h501u' }).fiscalCode).toBe(
      'RSSMRA80A01H501U',
    );
  });

  it('is incomplete without a valid codice fiscale or a usable email address', () => {
    const email = 'a@example.it';
    expect(refusalOf({ email, fiscalNumber: 'TINIT-RSSMRA80A01H501X' })).toBe('OIDC_IDENTITY_INCOMPLETE');
    expect(refusalOf({ email })).toBe('OIDC_IDENTITY_INCOMPLETE');
    expect(refusalOf({ fiscalNumber: 'TINIT-RSSMRA80A01H501U' })).toBe('OIDC_IDENTITY_INCOMPLETE');
    expect(refusalOf({ email: 'not-an-address', fiscalNumber: 'TINIT-RSSMRA80A01H501U' })).toBe(
      'OIDC_IDENTITY_INCOMPLETE',
    );
    expect(refusalOf({ email, email_verified: false, fiscalNumber: 'TINIT-RSSMRA80A01H501U' })).toBe(
      'OIDC_IDENTITY_INCOMPLETE',
    );
  });
});

describe('where a sign-in returns to', () => {
  it.each([
    ['/area-personale/profilo', '/area-personale/profilo'],
    ['/servizi?q=tari#risultati', '/servizi?q=tari#risultati'],
    ['https://evil.example/', '/area-personale'],
    ['//evil.example/x', '/area-personale'],
    ['/\\evil.example', '/area-personale'],
    ['javascript:alert(1)', '/area-personale'],
    ['area-personale', '/area-personale'],
    [undefined, '/area-personale'],
  ])('%s -> %s', (value, expected) => {
    expect(sameSiteReturnPath(value, '/area-personale')).toBe(expected);
  });
});
