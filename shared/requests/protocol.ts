/**
 * Protocol numbers ("numero di protocollo"): the year of registration and a sequence that restarts every
 * year, as the protocol register of an Italian administration numbers its entries (DPR 445/2000, art. 57).
 */

const sequenceDigits = 6;

/** 2026/000123; sequences past 999999 simply grow longer rather than wrap. */
export function formatProtocolNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad protocol year ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad protocol sequence ${sequence}`);
  return `${year}/${String(sequence).padStart(sequenceDigits, '0')}`;
}

/**
 * Reads a protocol number as people type it into a search box: spaces around are ignored and the
 * leading zeros may be left out (2026/123), so formatting the result gives the canonical form back.
 */
export function parseProtocolNumber(text: string): { year: number; sequence: number } | null {
  const match = /^(\d{4})\s*\/\s*(\d{1,15})$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  if (year < 1000 || sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { year, sequence };
}
