/**
 * An appointment's applicant was `{ firstName, lastName }` until issue 14 named it like an account,
 * `{ givenName, familyName }`. Copies a device saved before (a booking's last answer in IndexedDB, the
 * booking wizard's draft in sessionStorage) are read with the new names, so an appointment opened
 * offline still says who it is for. Every answer from the server replaces such a copy; the outbox never
 * held an applicant (it queues cancelling and moving, by code), so nothing queued needs this.
 */

type Person = Record<string, unknown>;

const isObject = (value: unknown): value is Person => typeof value === 'object' && value !== null;

/** A person as saved before the rename, with the names it has now; anything else as it is. */
export function withGivenNames<T>(person: T): T {
  if (!isObject(person) || !('firstName' in person || 'lastName' in person)) return person;
  const { firstName, lastName, ...rest } = person;
  return { givenName: firstName, familyName: lastName, ...rest } as T;
}

/** A saved answer: a booking, a list of bookings, or any other answer, which passes untouched. */
export function withCurrentApplicants<T>(saved: T): T {
  if (Array.isArray(saved)) return saved.map(withCurrentApplicants) as T;
  if (!isObject(saved) || !isObject(saved.applicant)) return saved;
  const applicant = withGivenNames(saved.applicant);
  return applicant === saved.applicant ? saved : ({ ...saved, applicant } as T);
}
