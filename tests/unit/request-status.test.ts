import { describe, expect, it } from 'vitest';
import {
  checkMove,
  isPaused,
  isSettled,
  needsMessage,
  nextStatuses,
  type RequestActor,
  type RequestStatus,
  requestActors,
  requestStatuses,
} from '../../shared/requests/status';

// The allowed moves written out by hand, as the office's procedure describes them: if status.ts drifts
// from this list, the table below says exactly which move changed.
const allowed: readonly [RequestStatus, RequestStatus, RequestActor][] = [
  ['draft', 'submitted', 'citizen'],
  ['submitted', 'in_review', 'staff'],
  ['submitted', 'withdrawn', 'citizen'],
  ['in_review', 'needs_info', 'staff'],
  ['in_review', 'approved', 'staff'],
  ['in_review', 'rejected', 'staff'],
  ['in_review', 'withdrawn', 'citizen'],
  ['needs_info', 'in_review', 'citizen'],
  ['needs_info', 'withdrawn', 'citizen'],
  ['approved', 'closed', 'staff'],
  ['rejected', 'closed', 'staff'],
];

const everyStatus: readonly RequestStatus[] = [
  'draft',
  'submitted',
  'in_review',
  'needs_info',
  'approved',
  'rejected',
  'closed',
  'withdrawn',
];
const everyActor: readonly RequestActor[] = ['citizen', 'staff'];

function expectedRefusal(from: RequestStatus, to: RequestStatus, by: RequestActor) {
  const sameStep = allowed.filter(([f, t]) => f === from && t === to);
  if (sameStep.length === 0) return 'not_allowed';
  return sameStep.some(([, , actor]) => actor === by) ? null : 'wrong_actor';
}

const triples = everyStatus.flatMap((from) =>
  everyStatus.flatMap((to) => everyActor.map((by) => [from, to, by] as const)),
);

describe('request status machine', () => {
  it('knows exactly the statuses and actors this test lists', () => {
    expect([...requestStatuses]).toEqual(everyStatus);
    expect([...requestActors]).toEqual(everyActor);
  });

  it.each(triples)('%s → %s by %s', (from, to, by) => {
    expect(checkMove(from, to, by)).toBe(expectedRefusal(from, to, by));
  });

  it('refuses the other party’s moves as wrong_actor, not as impossible', () => {
    expect(checkMove('submitted', 'in_review', 'citizen')).toBe('wrong_actor');
    expect(checkMove('draft', 'submitted', 'staff')).toBe('wrong_actor');
    expect(checkMove('in_review', 'withdrawn', 'staff')).toBe('wrong_actor');
    expect(checkMove('approved', 'rejected', 'staff')).toBe('not_allowed');
    expect(checkMove('closed', 'in_review', 'staff')).toBe('not_allowed');
    expect(checkMove('draft', 'draft', 'citizen')).toBe('not_allowed');
  });

  const nextByActor: Record<RequestActor, Record<RequestStatus, RequestStatus[]>> = {
    citizen: {
      draft: ['submitted'],
      submitted: ['withdrawn'],
      in_review: ['withdrawn'],
      needs_info: ['in_review', 'withdrawn'],
      approved: [],
      rejected: [],
      closed: [],
      withdrawn: [],
    },
    staff: {
      draft: [],
      submitted: ['in_review'],
      in_review: ['needs_info', 'approved', 'rejected'],
      needs_info: [],
      approved: ['closed'],
      rejected: ['closed'],
      closed: [],
      withdrawn: [],
    },
  };

  it.each(everyStatus.flatMap((from) => everyActor.map((by) => [from, by] as const)))(
    'next statuses from %s for %s',
    (from, by) => {
      expect([...nextStatuses(from, by)].sort()).toEqual([...nextByActor[by][from]].sort());
    },
  );

  it('settles on a decision or a withdrawal, never before', () => {
    const settled = everyStatus.filter(isSettled);
    expect(settled.sort()).toEqual(['approved', 'closed', 'rejected', 'withdrawn']);
  });

  it('pauses the legal term only while waiting for the citizen', () => {
    expect(everyStatus.filter(isPaused)).toEqual(['needs_info']);
  });

  it('asks for a message when asking for information or rejecting', () => {
    expect(everyStatus.filter(needsMessage).sort()).toEqual(['needs_info', 'rejected']);
  });
});
