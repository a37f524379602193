import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../shared/requests/api';
import { type Deployment, settle, startDeployment } from '../support/deployment';
import { deskOffice, staffEmail, submission, watchingClient } from '../support/requests';
import { signIn, signInWithFetch } from '../support/test-app';

let deployment: Deployment;
beforeAll(async () => {
  deployment = await startDeployment();
});
afterAll(() => deployment?.close());

const lastApp = () => deployment.apps.at(-1)!;

describe('a request followed live', () => {
  it('shows every status change on an open page, whichever process made it', async () => {
    const { client: citizen, fetch: citizenFetch } = await signInWithFetch(lastApp(), 'live.watcher@example.it');
    const staff = await signIn(deployment.apps[0]!, staffEmail);
    const sent = await citizen.requests.submit.mutate(submission());

    const seen: RequestDetail[] = [];
    let onChange = () => {};
    const subscription = watchingClient(lastApp(), citizenFetch).requests.watch.subscribe(
      { id: sent.id },
      {
        onData: (detail) => {
          seen.push(detail as RequestDetail);
          onChange();
        },
      },
    );
    const statusSeen = (status: string) =>
      new Promise<void>((resolve) => {
        onChange = () => seen.some((detail) => detail.status === status) && resolve();
        onChange();
      });
    try {
      await statusSeen('submitted');
      await staff.desk.requests.take.mutate({ office: deskOffice, id: sent.id });
      await statusSeen('in_review');
      await staff.desk.requests.move.mutate({
        office: deskOffice,
        id: sent.id,
        to: 'needs_info',
        message: 'Serve una foto.',
      });
      await statusSeen('needs_info');
      expect(seen.at(-1)?.timeline.at(-1)).toMatchObject({ to: 'needs_info', message: 'Serve una foto.' });
    } finally {
      subscription.unsubscribe();
    }
  });
});

describe('protocol numbers', () => {
  it('stay gap-free and unique under 100 concurrent submissions across processes, replays included', async () => {
    const citizens = await Promise.all(
      [0, 1, 2, 3].map((index) => signIn(deployment.apps[index % deployment.apps.length]!, `folla${index}@example.it`)),
    );
    const repeatedKeys = Array.from({ length: 5 }, () => randomUUID());
    const calls = Array.from({ length: 100 }, (_, index) => {
      const citizen = citizens[index % citizens.length]!;
      // The first ten calls send five keys twice each, at the same moment, as a phone retrying would.
      const key = index < 10 ? repeatedKeys[Math.floor(index / 2)]! : randomUUID();
      const owner = index < 10 ? citizens[Math.floor(index / 2) % citizens.length]! : citizen;
      return owner.requests.submit.mutate({ ...submission(), idempotencyKey: key });
    });
    const outcomes = await settle(calls);
    expect(outcomes.filter((outcome) => outcome.error)).toEqual([]);
    const ids = outcomes.map((outcome) => outcome.value!.id);
    expect(new Set(ids).size).toBe(95);
    for (let pair = 0; pair < 5; pair++) expect(ids[pair * 2]).toBe(ids[pair * 2 + 1]);

    const rows = await lastApp().database.query<{ protocol_year: number; protocol_sequence: number }>(
      `select r.protocol_year, r.protocol_sequence from requests r
         join organizations o on o.id = r.organization_id
        where o.slug = 'comune-di-valdoria' and r.protocol_sequence is not null`,
    );
    for (const year of new Set(rows.map((row) => row.protocol_year))) {
      const sequences = rows
        .filter((row) => row.protocol_year === year)
        .map((row) => row.protocol_sequence)
        .sort((a, b) => a - b);
      expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    }
  });
});
