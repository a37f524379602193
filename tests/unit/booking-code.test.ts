import { describe, expect, it } from 'vitest';
import { BookingCodeSchema } from '../../shared/booking/api';
import {
  bookingCodeAlphabet,
  bookingCodeLength,
  formatBookingCode,
  generateBookingCode,
  isBookingCode,
  normalizeBookingCode,
} from '../../shared/booking/code';

describe('booking code alphabet', () => {
  it('has no characters that are mistaken for one another when read aloud or typed', () => {
    for (const ambiguous of '01OIL') expect(bookingCodeAlphabet).not.toContain(ambiguous);
    expect(new Set(bookingCodeAlphabet).size).toBe(bookingCodeAlphabet.length);
    expect(bookingCodeAlphabet).toMatch(/^[2-9A-Z]+$/);
  });

  it('gives ten characters and at least 40 bits, so a code cannot be guessed', () => {
    expect(bookingCodeLength).toBe(10);
    expect(bookingCodeLength * Math.log2(bookingCodeAlphabet.length)).toBeGreaterThanOrEqual(40);
  });
});

describe('reading a code typed or copied by a person', () => {
  it('normalizes case, spaces and dashes', () => {
    expect(normalizeBookingCode('abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(normalizeBookingCode(' abcde fghjk\t')).toBe('ABCDEFGHJK');
    expect(BookingCodeSchema.parse('abcde-fghjk ')).toBe('ABCDEFGHJK');
  });

  it.each(['ABCDE0GHJK', 'ABCDEOGHJK', 'ABCDE1GHJK', 'ABCDEIGHJK', 'ABCDELGHJK'])('rejects %s', (code) => {
    expect(isBookingCode(code)).toBe(false);
    expect(BookingCodeSchema.safeParse(code).success).toBe(false);
  });

  it('rejects a code of the wrong length', () => {
    expect(isBookingCode('ABCDEFGHJ')).toBe(false);
    expect(isBookingCode('ABCDEFGHJKM')).toBe(false);
    expect(isBookingCode('ABCDEFGHJK')).toBe(true);
  });

  it('formats as two groups of five, and the formatted code reads back', () => {
    expect(formatBookingCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
    expect(BookingCodeSchema.parse(formatBookingCode('ABCDEFGHJK'))).toBe('ABCDEFGHJK');
  });
});

describe('generating codes', () => {
  it('draws valid codes in which every character of the alphabet appears', () => {
    const counts = new Map<string, number>();
    for (let draw = 0; draw < 20_000; draw++) {
      const code = generateBookingCode();
      expect(isBookingCode(code)).toBe(true);
      for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe(bookingCodeAlphabet);
    // About 6,450 each: a loose floor that never flakes; the rejection of biased bytes is checked exactly below.
    for (const count of counts.values()) expect(count).toBeGreaterThan(5_500);
  });

  it('skips bytes at or above the rejection limit, so no character is favoured', () => {
    const size = bookingCodeAlphabet.length;
    const limit = 256 - (256 % size);
    // First batch: only rejected bytes (limit..255) and then characters 0..5; second batch fills the rest.
    const batches = [
      [limit, 255, limit + 1, 0, 1, 2, 3, 4, 5, 254, 253, limit, 255, 255, 255, 255],
      [size + 6, 2 * size + 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
    ];
    let calls = 0;
    const code = generateBookingCode((bytes) => {
      bytes.set(batches[calls++]!);
      return bytes;
    });
    expect(calls).toBe(2);
    expect(code).toBe([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((index) => bookingCodeAlphabet[index]).join(''));
  });
});
