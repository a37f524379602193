/**
 * Italian codice fiscale: 16 characters whose last one is a check character computed from the other 15
 * (DM 23/12/1976). Digits may be replaced by letters (omocodia), which the check still covers.
 */
const oddValues: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

function evenValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

const shape = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Upper case, no spaces: the form codici fiscali are stored and compared in. */
export function normalizeFiscalCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function fiscalCodeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const char = first15[index]!;
    // Positions are counted from 1: odd positions are the even indexes.
    sum += index % 2 === 0 ? oddValues[char]! : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

export function isValidFiscalCode(value: string): boolean {
  const code = normalizeFiscalCode(value);
  return shape.test(code) && fiscalCodeCheckCharacter(code.slice(0, 15)) === code[15];
}

/** SPID and CIE gateways send the fiscal number as "TINIT-<codice fiscale>". */
export function fiscalCodeFromClaim(claim: string): string | undefined {
  const code = normalizeFiscalCode(claim.replace(/^TINIT-/i, ''));
  return isValidFiscalCode(code) ? code : undefined;
}
