import { createAsync } from '@solidjs/router';
import { createEffect } from 'solid-js';
import { getMe } from '../auth';
import { keepPerson } from './personal';

/**
 * The device follows who is signed in: every answer of who-is-signed-in (the first one, after signing
 * in, when a session turns out to have ended) is written down, and anyone else's data leaves the device
 * first (personal.ts). Used by the status banners, which every page loads just after its first render,
 * so the entry bundle does not carry it.
 */
export function useFollowPerson(): void {
  // Offline, getMe answers the person saved here, which changes nothing; an error knows nobody.
  const me = createAsync(() => getMe().catch(() => undefined));
  createEffect(() => {
    const person = me();
    if (person !== undefined) void keepPerson(person);
  });
}
