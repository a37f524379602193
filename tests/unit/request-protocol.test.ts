import { describe, expect, it } from 'vitest';
import { ProtocolNumberSchema } from '../../shared/requests/api';
import { formatProtocolNumber, parseProtocolNumber } from '../../shared/requests/protocol';

describe('protocol numbers', () => {
  it('pads the sequence to six digits and lets longer ones grow', () => {
    expect(formatProtocolNumber(2026, 123)).toBe('2026/000123');
    expect(formatProtocolNumber(2026, 1)).toBe('2026/000001');
    expect(formatProtocolNumber(2026, 999999)).toBe('2026/999999');
    expect(formatProtocolNumber(2026, 1234567)).toBe('2026/1234567');
  });

  it('formats what the API contract accepts', () => {
    expect(ProtocolNumberSchema.safeParse(formatProtocolNumber(2026, 42)).success).toBe(true);
    expect(ProtocolNumberSchema.safeParse(formatProtocolNumber(2027, 12345678)).success).toBe(true);
  });

  it('refuses to format a sequence or a year that cannot exist', () => {
    expect(() => formatProtocolNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatProtocolNumber(2026, 1.5)).toThrow(RangeError);
    expect(() => formatProtocolNumber(26, 1)).toThrow(RangeError);
  });

  it('reads numbers back, round trip', () => {
    expect(parseProtocolNumber('2026/000123')).toEqual({ year: 2026, sequence: 123 });
    expect(parseProtocolNumber('2026/1234567')).toEqual({ year: 2026, sequence: 1234567 });
    const parsed = parseProtocolNumber(formatProtocolNumber(2031, 77));
    expect(parsed && formatProtocolNumber(parsed.year, parsed.sequence)).toBe('2031/000077');
  });

  it('reads numbers as people type them into a search box', () => {
    expect(parseProtocolNumber('  2026/123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseProtocolNumber('2026 / 000123')).toEqual({ year: 2026, sequence: 123 });
  });

  it('refuses what is not a protocol number', () => {
    for (const text of ['', '2026', '2026/', '/000123', '26/000123', '2026-000123', '2026/000000', 'abcd/000123']) {
      expect(parseProtocolNumber(text), text).toBeNull();
    }
  });
});
