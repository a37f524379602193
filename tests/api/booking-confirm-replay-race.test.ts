import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, guest, identityCard } from '../support/booking';
import { type Deployment, settle, startDeployment, tally } from '../support/deployment';
import type { ApiClient } from '../support/test-app';

/**
 * A phone on a bad network sends its confirmation again before the first answer arrives (and the
 * offline queue may do the same): the two identical calls, with one idempotency key, race. Each must
 * answer the one booking made, however they interleave; before the fix the second was told its hold was
 * gone (404 HOLD_NOT_FOUND) although the seat was booked. On PostgreSQL each pair is split over two app
 * instances, as two processes behind a proxy would receive it.
 */
let deployment: Deployment;
let clients: ApiClient[];
const clientFor = (index: number) => clients[index % clients.length]!;

beforeAll(async () => {
  deployment = await startDeployment();
  clients = deployment.apps.map((app) => app.client('it'));
});
afterAll(() => deployment?.close());

describe(`simultaneous replays of booking.confirm (${process.env.TEST_DATABASE_URL ? 'PostgreSQL, two instances' : 'PGlite'})`, () => {
  it('gives every pair of identical confirmations of a hold the same booking code twice', async () => {
    const slots = (await freeSlots(clientFor(0))).slice(0, 20);
    expect(slots).toHaveLength(20);
    const holds = await Promise.all(
      slots.map((slot) => clientFor(0).booking.hold.mutate({ ...identityCard, start: slot.start })),
    );
    const pairs = await Promise.all(
      holds.map((hold, index) => {
        const input = {
          idempotencyKey: randomUUID(),
          place: { kind: 'hold' as const, holdId: hold.holdId, secret: hold.secret },
          applicant: { ...guest, email: `replay-${index}@example.it` },
        };
        return settle([clientFor(0).booking.confirm.mutate(input), clientFor(1).booking.confirm.mutate(input)]);
      }),
    );
    const outcomes = pairs.flat();
    expect(tally(outcomes.map((outcome) => outcome.error))).toEqual({});
    for (const [first, second] of pairs) expect(second!.value?.code).toBe(first!.value?.code);
    expect(new Set(pairs.map(([first]) => first!.value?.code)).size).toBe(20);
  });

  it('gives every pair of identical confirmations of a slot taken directly the same booking code twice', async () => {
    const slots = (await freeSlots(clientFor(0))).slice(0, 10);
    const pairs = await Promise.all(
      slots.map((slot, index) => {
        const input = {
          idempotencyKey: randomUUID(),
          place: { kind: 'slot' as const, ...identityCard, start: slot.start },
          applicant: { ...guest, email: `direct-${index}@example.it` },
        };
        return settle([clientFor(1).booking.confirm.mutate(input), clientFor(0).booking.confirm.mutate(input)]);
      }),
    );
    expect(tally(pairs.flat().map((outcome) => outcome.error))).toEqual({});
    for (const [first, second] of pairs) expect(second!.value?.code).toBe(first!.value?.code);
  });
});
