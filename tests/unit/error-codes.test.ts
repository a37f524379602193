import { describe, expect, it } from 'vitest';
import { errorTable } from '../../server/errors/error-table';
import { errorCodes } from '../../shared/errors/codes';
import { errorMessages } from '../../shared/i18n/errors';
import { locales } from '../../shared/i18n/locale';

describe('error codes', () => {
  it.each(errorCodes)('%s has a transport mapping and a message in every language', (code) => {
    expect(errorTable[code]).toBeTruthy();
    for (const locale of locales) expect(errorMessages[locale][code]?.length).toBeGreaterThan(5);
  });

  it('has no mapping or message for a code that does not exist', () => {
    for (const locale of locales) expect(Object.keys(errorMessages[locale]).sort()).toEqual([...errorCodes].sort());
    expect(Object.keys(errorTable).sort()).toEqual([...errorCodes].sort());
  });
});
