/**
 * IBAN (ISO 13616): country code, two check digits, then the national account number (BBAN). The check
 * digits make the whole code, read as a number with letters as 10–35, leave remainder 1 modulo 97.
 */

/** Lengths of the countries a municipality's citizens use most; the registry lists about eighty. */
const lengthByCountry: Record<string, number> = {
  IT: 27,
  SM: 27,
  VA: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  GB: 22,
  CH: 21,
  AT: 20,
  BE: 16,
  NL: 18,
  PT: 25,
  IE: 22,
  LU: 20,
  MC: 27,
  SI: 19,
  HR: 21,
  GR: 27,
  PL: 28,
  RO: 24,
};

// Italian and San Marino BBAN: one CIN letter, ABI (5 digits), CAB (5 digits), a 12-character account.
const italianBban = /^(IT|SM)\d{2}[A-Z]\d{10}[A-Z0-9]{12}$/;

const shape = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/** Upper case, no spaces: people copy IBANs grouped by four, as banks print them. */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!shape.test(iban)) return false;
  const country = iban.slice(0, 2);
  const expectedLength = lengthByCountry[country];
  if (expectedLength !== undefined ? iban.length !== expectedLength : iban.length < 15 || iban.length > 34) {
    return false;
  }
  if ((country === 'IT' || country === 'SM') && !italianBban.test(iban)) return false;
  return mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) === 1;
}

/** Remainder modulo 97 digit by digit: the number has up to 70 digits, past what a double holds. */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}
