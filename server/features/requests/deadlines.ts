import { wallClock } from '../../../shared/booking/format';
import type { PatronSaintDay } from '../../../shared/booking/schedule';
import type { DeadlineKind, DeadlineView } from '../../../shared/requests/api';
import { type DeadlinePause, describeDeadline, holidayChecker } from '../../../shared/requests/deadline';
import type { RequestStatus } from '../../../shared/requests/status';

/** What the legal term of one request depends on, as stored. */
export type DeadlineFacts = {
  status: RequestStatus;
  deadline: { days: number; kind: DeadlineKind };
  submittedAt: Date | null;
  decidedAt: Date | null;
  office: { timeZone: string; patronSaint: PatronSaintDay | null };
  /** Status changes in order; those into and out of needs_info suspend and resume the term. */
  moves: readonly { at: Date; from: RequestStatus | null; to: RequestStatus | null }[];
};

const checkers = new Map<string, (date: string) => boolean>();

function holidaysOf(patronSaint: PatronSaintDay | null) {
  const key = patronSaint ? `${patronSaint.month}-${patronSaint.day}` : '';
  const known = checkers.get(key);
  if (known) return known;
  const checker = holidayChecker(patronSaint ?? undefined);
  checkers.set(key, checker);
  return checker;
}

/** Where a request stands against its legal term today, in its office's calendar; null before submission or once withdrawn. */
export function deadlineOf(facts: DeadlineFacts, now: Date): DeadlineView | null {
  if (!facts.submittedAt || facts.status === 'withdrawn') return null;
  const day = (instant: Date) => wallClock(instant, facts.office.timeZone).localDate;
  const pauses: DeadlinePause[] = [];
  for (const move of facts.moves) {
    if (move.to === 'needs_info') pauses.push({ from: day(move.at), to: null });
    else if (move.from === 'needs_info' && pauses.length > 0) pauses[pauses.length - 1]!.to = day(move.at);
  }
  return describeDeadline({
    days: facts.deadline.days,
    kind: facts.deadline.kind,
    submittedOn: day(facts.submittedAt),
    pauses,
    decidedOn: facts.decidedAt ? day(facts.decidedAt) : null,
    today: day(now),
    isHoliday: holidaysOf(facts.office.patronSaint),
  });
}
