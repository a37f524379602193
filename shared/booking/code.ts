/**
 * Booking codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), read aloud at a desk
 * and typed on a kiosk. 31^10 is about 2^49.5, so a code cannot be guessed; shown as two groups of five.
 */
export const bookingCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const bookingCodeLength = 10;

/** Uppercase, without the spaces and dashes people type or copy along with it. */
export function normalizeBookingCode(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

const codePattern = new RegExp(`^[${bookingCodeAlphabet}]{${bookingCodeLength}}$`);

export function isBookingCode(value: string): boolean {
  return codePattern.test(value);
}

/** ABCDE-FGHJK: easier to read out and to copy than ten characters in a row. */
export function formatBookingCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A fresh random code; rejection sampling keeps every character equally likely. */
export function generateBookingCode(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const limit = 256 - (256 % bookingCodeAlphabet.length);
  let code = '';
  while (code.length < bookingCodeLength) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < limit && code.length < bookingCodeLength)
        code += bookingCodeAlphabet[byte % bookingCodeAlphabet.length];
    }
  }
  return code;
}
