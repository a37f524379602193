import { createSignal } from 'solid-js';
import type { BookingView, HoldOutput } from '../../shared/booking/api';
import { withCurrentApplicants, withGivenNames } from './offline/applicant-names';

/**
 * What the citizen has chosen so far in the booking wizard. Kept in sessionStorage: a reload in the
 * middle keeps it, closing the tab forgets it (with the personal data typed in), and it never reaches
 * IndexedDB. One wizard at a time: starting with another service starts over.
 */
export type ApplicantDraft = {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  fiscalCode: string;
};

/** The place held while the form is filled in, with what the later steps need to know about it. */
export type HeldPlace = HoldOutput & {
  /** The office it was taken at. */
  office: string;
  /** How long a hold lasts, as this device measured it when the place was taken: an extension shorter
   * than this was capped by the server. */
  holdMs?: number;
  /** The server already gave the most time it allows: asking again would give nothing more. */
  atLimit?: boolean;
  /** The office's rules for the appointment: it can be cancelled or moved online until this long before
   * it starts, and the office's clock tells the time of that moment. */
  cancelDeadlineMinutes?: number;
  timeZone?: string;
};

export type WizardState = {
  service: string;
  office?: string;
  /** The day chosen in the picker, and the slot (start instant) chosen on it. */
  date?: string;
  start?: string;
  hold?: HeldPlace;
  /** One per hold: a confirm retried after a lost answer returns the same booking. */
  idempotencyKey?: string;
  reasonChoice?: string;
  reasonText?: string;
  notes?: string;
  applicant?: ApplicantDraft;
  /** Set once confirmed: the confirmation page reads it, and the earlier steps send the person there. */
  confirmed?: BookingView;
  /** Why the person was sent back to the date step (hold expired, place taken): shown there once. */
  notice?: string;
};

const storageKey = 'sportello.booking.wizard';

function read(): WizardState | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return undefined;
    const state = JSON.parse(raw) as WizardState;
    // A tab that was in the middle of the wizard when the app was updated.
    return { ...state, applicant: withGivenNames(state.applicant), confirmed: withCurrentApplicants(state.confirmed) };
  } catch {
    return undefined;
  }
}

const [current, setCurrent] = createSignal<WizardState | undefined>(read());

function write(next: WizardState): void {
  setCurrent(next);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(next));
  } catch {
    // Storage refused (private mode, quota): the wizard still works until the page is reloaded.
  }
}

/** The wizard for this service: the saved one, or a fresh one. */
export function wizardFor(service: string): WizardState {
  const state = current();
  return state?.service === service ? state : { service };
}

export function updateWizard(service: string, changes: Partial<WizardState>): void {
  write({ ...wizardFor(service), ...changes, service });
}

/** The place was lost (expired, taken): back to choosing a time, with the reason to show. */
export function dropHold(service: string, notice?: string): void {
  updateWizard(service, { hold: undefined, idempotencyKey: undefined, start: undefined, notice });
}

/** After the confirmation: only the booking stays, so going back never confirms twice. */
export function finishWizard(service: string, booking: BookingView): void {
  write({ service, office: booking.office.slug, confirmed: booking, applicant: wizardFor(service).applicant });
}

/** Starting again from the first step, after a booking was made. */
export function restartWizard(service: string): void {
  write({ service });
}

export function holdIsLive(hold: HoldOutput | undefined, now = Date.now()): boolean {
  return hold !== undefined && Date.parse(hold.expiresAt) > now;
}

/** Network time and rounding: an extension this much shorter than a full hold still counts as full. */
const extensionSlackMs = 30_000;

/**
 * The hold with the expiry an extension gave it. Both lengths are measured against this device's clock,
 * so a clock set wrong cancels out: an extension shorter than the first hold was capped by the server,
 * and there is no more time to ask for.
 */
export function extendedHold(hold: HeldPlace, expiresAt: string, now = Date.now()): HeldPlace {
  const aheadMs = Date.parse(expiresAt) - now;
  const atLimit = hold.holdMs !== undefined && aheadMs < hold.holdMs - extensionSlackMs;
  return { ...hold, expiresAt, atLimit };
}

/** Until when an appointment starting at `start` can be cancelled or moved online, by its office's rule. */
export function cancelDeadline(start: string, cancelDeadlineMinutes: number): string {
  return new Date(Date.parse(start) - cancelDeadlineMinutes * 60_000).toISOString();
}
