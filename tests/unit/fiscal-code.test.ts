import { describe, expect, it } from 'vitest';
import { fiscalCodeFromClaim, isValidFiscalCode, normalizeFiscalCode } from '../../shared/identity/fiscal-code';

describe('codice fiscale', () => {
  it('accepts codes whose check character matches', () => {
    expect(isValidFiscalCode('RSSMRA80A01H501U')).toBe(true);
    expect(isValidFiscalCode('rssmra 80a01 h501u')).toBe(true);
  });

  it('accepts omocodia, where digits are replaced by letters', () => {
    expect(isValidFiscalCode('RSSMRA80A01H50MM')).toBe(true);
    expect(isValidFiscalCode('RSSMRA80A01H50MU')).toBe(false);
  });

  it('rejects a wrong check character, a wrong shape or a wrong length', () => {
    expect(isValidFiscalCode('RSSMRA80A01H501X')).toBe(false);
    expect(isValidFiscalCode('RSSMRA80A01H501')).toBe(false);
    expect(isValidFiscalCode('1234567890123456')).toBe(false);
    expect(isValidFiscalCode('RSSMRA80Z01H501U')).toBe(false);
  });

  it('reads the SPID/CIE fiscalNumber claim', () => {
    expect(fiscalCodeFromClaim('TINIT-RSSMRA80A01H501U')).toBe('RSSMRA80A01H501U');
    expect(fiscalCodeFromClaim('tinit-rssmra80a01h501u')).toBe('RSSMRA80A01H501U');
    expect(fiscalCodeFromClaim('TINIT-RSSMRA80A01H501X')).toBeUndefined();
    expect(normalizeFiscalCode(' rss mra ')).toBe('RSSMRA');
  });
});
