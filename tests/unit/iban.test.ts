import { describe, expect, it } from 'vitest';
import { isValidIban, normalizeIban } from '../../shared/identity/iban';

describe('IBAN', () => {
  it.each([
    ['IT', 'IT60X0542811101000000123456'],
    ['SM', 'SM86U0322509800000000270100'],
    ['DE', 'DE89370400440532013000'],
    ['FR', 'FR1420041010050500013M02606'],
    ['ES', 'ES9121000418450200051332'],
    ['GB', 'GB29NWBK60161331926819'],
    ['CH', 'CH9300762011623852957'],
    ['AT', 'AT611904300234573201'],
    ['BE', 'BE68539007547034'],
    ['NL', 'NL91ABNA0417164300'],
    ['NO (not in the length table)', 'NO9386011117947'],
  ])('accepts a valid %s IBAN', (_country, iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it('accepts IBANs grouped by four and in lower case, as people copy them', () => {
    expect(isValidIban('it60 x054 2811 1010 0000 0123 456')).toBe(true);
    expect(normalizeIban(' it60 x054 2811 1010 0000 0123 456 ')).toBe('IT60X0542811101000000123456');
  });

  it('refuses a single typo (the check digits catch it)', () => {
    expect(isValidIban('IT60X0542811101000000123457')).toBe(false);
    expect(isValidIban('IT61X0542811101000000123456')).toBe(false);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
  });

  it('refuses the wrong length for the country', () => {
    expect(isValidIban('IT60X054281110100000012345')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
  });

  it('refuses an Italian IBAN whose account number is not shaped as CIN, ABI, CAB and account', () => {
    // Same length and a matching mod-97, but a digit where the CIN letter must be.
    expect(isValidIban('IT2910542811101000000123456')).toBe(false);
  });

  it('refuses anything that is not an IBAN at all', () => {
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('IT')).toBe(false);
    expect(isValidIban('60IT0542811101000000123456X')).toBe(false);
    expect(isValidIban('IT60-X054-2811-1010-0000-0123-456')).toBe(false);
    expect(isValidIban('XX0012345678901')).toBe(false);
  });
});
