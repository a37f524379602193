/**
 * The one status model every request follows, whatever the service:
 *
 *   draft → submitted → in_review ⇄ needs_info
 *                        in_review → approved | rejected → closed
 *   withdrawn by the citizen at any point before a decision.
 *
 * Pure: the server asks it whether a move is allowed before writing it, the client asks it which
 * buttons to show.
 */

export const requestStatuses = [
  'draft',
  'submitted',
  'in_review',
  'needs_info',
  'approved',
  'rejected',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Who moves a request: the citizen who made it, staff of the office handling it, or the system. */
export const requestActors = ['citizen', 'staff'] as const;
export type RequestActor = (typeof requestActors)[number];

type Move = { from: RequestStatus; to: RequestStatus; by: RequestActor };

const moves: readonly Move[] = [
  { from: 'draft', to: 'submitted', by: 'citizen' },
  { from: 'submitted', to: 'in_review', by: 'staff' },
  { from: 'in_review', to: 'needs_info', by: 'staff' },
  { from: 'needs_info', to: 'in_review', by: 'citizen' },
  { from: 'in_review', to: 'approved', by: 'staff' },
  { from: 'in_review', to: 'rejected', by: 'staff' },
  { from: 'approved', to: 'closed', by: 'staff' },
  { from: 'rejected', to: 'closed', by: 'staff' },
  { from: 'submitted', to: 'withdrawn', by: 'citizen' },
  { from: 'in_review', to: 'withdrawn', by: 'citizen' },
  { from: 'needs_info', to: 'withdrawn', by: 'citizen' },
];

/** Why a move is refused: no such move at all, or a move that belongs to the other party. */
export type MoveRefusal = 'not_allowed' | 'wrong_actor';

export function checkMove(from: RequestStatus, to: RequestStatus, by: RequestActor): MoveRefusal | null {
  const candidates = moves.filter((move) => move.from === from && move.to === to);
  if (candidates.length === 0) return 'not_allowed';
  return candidates.some((move) => move.by === by) ? null : 'wrong_actor';
}

/** The statuses an actor may move a request to from where it is now. */
export function nextStatuses(from: RequestStatus, by: RequestActor): RequestStatus[] {
  return moves.filter((move) => move.from === from && move.by === by).map((move) => move.to);
}

/** A decision has been taken (or the citizen gave up): the legal clock has stopped for good. */
export function isSettled(status: RequestStatus): boolean {
  return status === 'approved' || status === 'rejected' || status === 'closed' || status === 'withdrawn';
}

/** The request waits for the citizen: the legal term is suspended (art. 2, c. 7, L. 241/1990). */
export function isPaused(status: RequestStatus): boolean {
  return status === 'needs_info';
}

/** Moves that require a message to the citizen: asking for information and deciding must say why. */
export function needsMessage(to: RequestStatus): boolean {
  return to === 'needs_info' || to === 'rejected';
}
