import { describe, expect, it } from 'vitest';
import { withCurrentApplicants, withGivenNames } from '../../client/lib/offline/applicant-names';

/** A booking kept on a device before the applicant's names were renamed still says who it is for. */
const oldApplicant = { firstName: 'Mario', lastName: 'Bianchi', email: 'mario.bianchi@example.it', phone: null };
const current = { givenName: 'Mario', familyName: 'Bianchi', email: 'mario.bianchi@example.it', phone: null };

describe('a booking saved on the device before the rename', () => {
  it('is read with the applicant named like an account', () => {
    expect(withCurrentApplicants({ code: 'ABCDE23456', applicant: oldApplicant })).toEqual({
      code: 'ABCDE23456',
      applicant: current,
    });
  });

  it('is read the same way inside a saved list of bookings', () => {
    expect(withCurrentApplicants([{ code: 'ABCDE23456', applicant: oldApplicant }])).toEqual([
      { code: 'ABCDE23456', applicant: current },
    ]);
  });

  it('leaves a booking saved since, and any other answer, as it is', () => {
    const booking = { code: 'ABCDE23456', applicant: current };
    expect(withCurrentApplicants(booking)).toBe(booking);
    const requests = [{ id: 'r1', status: 'submitted' }];
    expect(withCurrentApplicants(requests)).toEqual(requests);
    expect(withCurrentApplicants(undefined)).toBeUndefined();
  });

  it('fills the booking wizard from a draft typed before the rename', () => {
    const draft = { firstName: 'Ada', lastName: 'Tempesta', email: 'ada@example.it', phone: '', fiscalCode: '' };
    expect(withGivenNames(draft)).toEqual({
      givenName: 'Ada',
      familyName: 'Tempesta',
      email: 'ada@example.it',
      phone: '',
      fiscalCode: '',
    });
  });
});
