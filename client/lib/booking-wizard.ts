import { createSignal } from 'solid-js';
import type { BookingView, HoldOutput } from '../../shared/booking/api';

/**
 * What the citizen has chosen so far in the booking wizard. Kept in sessionStorage: a reload in the
 * middle keeps it, closing the tab forgets it (with the personal data typed in), and it never reaches
 * IndexedDB. One wizard at a time: starting with another service starts over.
 */
export type ApplicantDraft = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  fiscalCode: string;
};

export type WizardState = {
  service: string;
  office?: string;
  /** The day chosen in the picker, and the slot (start instant) chosen on it. */
  date?: string;
  start?: string;
  /** The place held while the form is filled in, at the office it was taken. */
  hold?: HoldOutput & { office: string };
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
    return raw ? (JSON.parse(raw) as WizardState) : undefined;
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
