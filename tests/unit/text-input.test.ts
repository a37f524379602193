import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from '../../shared/i18n/validation';
import { AnswersInputSchema } from '../../shared/requests/form';
import { isCleanText, multiLineText, singleLineText } from '../../shared/text';

const controls = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
].map((code) => String.fromCharCode(code));

describe('text a person sends', () => {
  it('refuses every C0 and C1 control on one line, tab and line breaks included', () => {
    for (const control of controls) expect(isCleanText(`a${control}b`, 'single'), control).toBe(false);
    expect(isCleanText('a\u2028b', 'single')).toBe(false);
  });

  it('keeps tab, line feed and carriage return over several lines, and nothing else', () => {
    const kept = ['\t', '\n', '\r'];
    for (const control of controls) expect(isCleanText(`a${control}b`, 'multi'), control).toBe(kept.includes(control));
    expect(isCleanText('prima riga\r\nseconda\triga', 'multi')).toBe(true);
  });

  it('refuses half a surrogate pair, and keeps a whole one', () => {
    for (const lines of ['single', 'multi'] as const) {
      expect(isCleanText('ciao 😀', lines)).toBe(true);
      expect(isCleanText('ciao \ud83d', lines)).toBe(false);
      expect(isCleanText('\ude00 ciao', lines)).toBe(false);
      expect(isCleanText('\ud83d\ud83d', lines)).toBe(false);
    }
    expect(isCleanText('Zoë, Łódź, 東京, عربى', 'single')).toBe(true);
  });

  it('trims before checking, as the schemas did before, unless told not to', () => {
    expect(singleLineText({ min: 1, max: 80 }).parse('  Mario\n')).toBe('Mario');
    expect(singleLineText({ max: 80, trim: false }).safeParse(' Mario\n').success).toBe(false);
    expect(multiLineText({ max: 80 }).parse(' riga uno\nriga due ')).toBe('riga uno\nriga due');
  });

  it('keeps the bounds, and says only what to fix when the characters are wrong', () => {
    const name = singleLineText({ min: 1, max: 5 });
    expect(name.safeParse('').success).toBe(false);
    expect(name.safeParse('abcdef').success).toBe(false);
    const issues = name.safeParse(`abcdef\u0000`).error!.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'custom', params: { rule: 'singleLineText' } });
  });
});

describe('the wording of a refused text', () => {
  const refused = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!;

  it('names the field, in both languages', () => {
    const input = z.object({ givenName: singleLineText({ max: 80 }), notes: multiLineText({ max: 1000 }) });
    const name = refused(input, { givenName: 'Ma\u0000rio', notes: '' });
    expect(describeIssue(name, 'it')).toBe(
      'il campo «nome» contiene caratteri non ammessi: va scritto su una riga, senza caratteri di controllo',
    );
    expect(describeIssue(name, 'en')).toBe(
      'the field “given name” contains characters that are not allowed: write it on one line, without control characters',
    );
    const notes = refused(input, { givenName: 'Mario', notes: 'a\u0007b' });
    expect(describeIssue(notes, 'it')).toBe(
      'il campo «note» contiene caratteri non ammessi: togli i caratteri di controllo',
    );
  });

  it('talks about the part of an answer that is wrong, not the whole answer', () => {
    const address = { street: 'Via\u0000Roma 1', postalCode: '50100', city: 'Valdoria' };
    const issue = refused(AnswersInputSchema, { residence: address });
    expect(issue.code).toBe('invalid_union');
    expect(describeIssue(issue, 'en')).toBe(
      'the field “residence.street” contains characters that are not allowed: write it on one line, without control characters',
    );
    expect(describeIssue(refused(AnswersInputSchema, { note: 'x\u0000' }), 'en')).toContain('“note” contains');
  });
});
