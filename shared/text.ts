import { z } from 'zod';

/**
 * The one home of text a caller sends: every string input of the API is built here (or has a pattern of
 * its own, like slugs, codes and ids). PostgreSQL refuses U+0000 in text and a lone surrogate in jsonb,
 * and no person types a control character, so both are refused with a 400 naming the field instead of
 * failing in the database. Refusals carry params.rule, which shared/i18n/validation.ts words.
 */

export type TextBounds = {
  min?: number;
  max: number;
  /** Trim surrounding white space first (the default); off where the text is compared as it came. */
  trim?: boolean;
};

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const isLineBreakOrTab = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;
const isLineSeparator = (code: number) => code === 0x2028 || code === 0x2029;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether the text holds only characters a person may store: no C0 or C1 control (tab, line feed and
 * carriage return only when several lines are allowed), no lone half of a surrogate pair.
 */
export function isCleanText(text: string, lines: 'single' | 'multi'): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isControl(code) && !(lines === 'multi' && isLineBreakOrTab(code))) return false;
    if (lines === 'single' && isLineSeparator(code)) return false;
    if (isLowSurrogate(code)) return false;
    if (isHighSurrogate(code)) {
      if (!isLowSurrogate(text.charCodeAt(index + 1))) return false;
      index++;
    }
  }
  return true;
}

function text(lines: 'single' | 'multi', { min, max, trim = true }: TextBounds) {
  const base = trim ? z.string().trim() : z.string();
  // Checked before the lengths and alone: "contains characters that are not allowed" is the one thing to fix.
  const clean = base.refine((value) => isCleanText(value, lines), {
    params: { rule: lines === 'single' ? 'singleLineText' : 'multiLineText' },
    abort: true,
  });
  return (min === undefined ? clean : clean.min(min)).max(max);
}

/** One line: a name, a search, an address part. No control character at all, not even a tab. */
export const singleLineText = (bounds: TextBounds) => text('single', bounds);

/** Several lines: notes, messages, long answers. Line breaks (\n or \r\n) and tabs are kept. */
export const multiLineText = (bounds: TextBounds) => text('multi', bounds);
