import { inArray } from 'drizzle-orm';
import { wallClock } from '../../shared/booking/format';
import type { Answers, FormDefinition } from '../../shared/requests/form';
import type { SeedRequestForm } from '../../shared/requests/seed-types';
import type { RequestStatus } from '../../shared/requests/status';
import type { Transaction } from '../db/client';
import { offices, requestEvents, requests, services } from '../db/schema';
import { deadlineOf } from '../features/requests/deadlines';
import { takeProtocolNumber } from '../features/requests/protocol';

const dayMs = 86_400_000;
const perService = 12;
const applicants = [
  'Marco Bianchi',
  'Laura Esposito',
  'Giovanni Romano',
  'Francesca Colombo',
  'Alessandro Ricci',
  'Chiara Marino',
  'Luca Greco',
  'Sara Bruno',
  'Matteo Gallo',
  'Elena Conti',
  'Davide De Luca',
  'Paola Mancini',
];

type Move = { at: Date; from: RequestStatus; to: RequestStatus; message: string | null };
type Planned = {
  form: SeedRequestForm;
  index: number;
  submittedAt: Date;
  moves: Move[];
  status: RequestStatus;
  decidedAt: Date | null;
};

/**
 * Demo requests of the last three months, so that the transparency page, the open data and the desk
 * queue show something real: most decided (a few late, a few after asking the citizen for more), the
 * most recent still open. They belong to no account (as after an account is deleted) and carry a
 * fictitious applicant. Protocol numbers are taken in submission order, as they would have been.
 */
export async function insertDemoHistory(tx: Transaction, forms: readonly SeedRequestForm[], now: Date) {
  const planned = forms.flatMap((form, formIndex) =>
    Array.from({ length: perService }, (_, index) => plan(form, formIndex, index, now)),
  );
  planned.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const serviceRows = await tx
    .select({ id: services.id, slug: services.slug, organizationId: services.organizationId })
    .from(services)
    .where(
      inArray(
        services.slug,
        forms.map((form) => form.service),
      ),
    );
  const officeRows = await tx
    .select({ id: offices.id, slug: offices.slug, timeZone: offices.timeZone, patronSaint: offices.patronSaint })
    .from(offices);
  for (const request of planned) {
    const service = serviceRows.find((row) => row.slug === request.form.service)!;
    const office = officeRows.find((row) => row.slug === request.form.office)!;
    const year = Number(wallClock(request.submittedAt, office.timeZone).localDate.slice(0, 4));
    const deadline = deadlineOf(
      {
        status: request.status,
        deadline: request.form.deadline,
        submittedAt: request.submittedAt,
        decidedAt: request.decidedAt,
        office,
        moves: request.moves,
      },
      now,
    );
    const name = applicants[request.index % applicants.length]!;
    const [row] = await tx
      .insert(requests)
      .values({
        serviceId: service.id,
        formVersion: 1,
        officeId: office.id,
        organizationId: service.organizationId,
        userId: null,
        status: request.status,
        answers: sampleAnswers(request.form.definition),
        applicant: {
          name,
          email: `${name.toLowerCase().replaceAll(' ', '.')}@example.it`,
          fiscalCode: null,
          phone: null,
        },
        protocolYear: year,
        protocolSequence: await takeProtocolNumber(tx, service.organizationId, year),
        submittedAt: request.submittedAt,
        dueOn: deadline?.dueDate ?? null,
        decidedAt: request.decidedAt,
        decidedWithinDeadline: request.decidedAt ? deadline?.state === 'met' : null,
        createdAt: request.submittedAt,
        updatedAt: request.moves.at(-1)!.at,
      })
      .returning({ id: requests.id });
    await tx.insert(requestEvents).values(
      request.moves.map((move) => ({
        requestId: row!.id,
        actorKind: move.from === 'draft' || move.from === 'needs_info' ? ('citizen' as const) : ('staff' as const),
        fromStatus: move.from,
        toStatus: move.to,
        message: move.message,
        createdAt: move.at,
      })),
    );
  }
}

function plan(form: SeedRequestForm, formIndex: number, index: number, now: Date): Planned {
  const submittedAt = new Date(now.getTime() - (85 - index * 7 - formIndex) * dayMs);
  submittedAt.setUTCHours(8 + (index % 5), 15 * (index % 4), 0, 0);
  const after = (days: number) => new Date(submittedAt.getTime() + days * dayMs);
  const moves: Move[] = [{ at: submittedAt, from: 'draft', to: 'submitted', message: null }];
  const last = () => moves.at(-1)!.to;
  const step = (days: number, to: RequestStatus, message: string | null = null) => {
    const at = after(days);
    if (at < now) moves.push({ at, from: last(), to, message });
  };
  step(1 + (index % 3), 'in_review');
  if (index % 3 === 1) {
    step(4, 'needs_info', 'Manca la copia del documento di identità: allegala rispondendo a questo messaggio.');
    if (last() === 'needs_info') step(9, 'in_review', 'Ecco il documento richiesto.');
  }
  // Most decisions come well within the term, one in four after it.
  const decisionDay = Math.round(form.deadline.days * [0.3, 0.55, 0.8, 1.25][index % 4]!) + (index % 3 === 1 ? 6 : 0);
  if (last() === 'in_review') {
    if (index % 5 === 0)
      step(decisionDay, 'rejected', 'La domanda non rispetta i requisiti indicati nella scheda del servizio.');
    else step(decisionDay, 'approved');
  }
  if ((last() === 'approved' || last() === 'rejected') && index % 2 === 0) step(decisionDay + 3, 'closed');
  const decision = moves.find((move) => move.to === 'approved' || move.to === 'rejected');
  return { form, index, submittedAt, moves, status: last(), decidedAt: decision?.at ?? null };
}

/** Plausible answers for the form's required questions, for reading in the desk (files are left out). */
function sampleAnswers(definition: FormDefinition): Answers {
  const answers: Answers = {};
  for (const field of definition.pages.flatMap((page) => page.fields)) {
    if (!field.required || field.showIf) continue;
    const sample = {
      text: 'Esempio',
      longText: 'Descrizione di esempio inserita per la demo.',
      number: Math.max(field.min ?? 1, 1),
      date: '2026-01-15',
      choice: field.options?.[0]?.value,
      multiChoice: field.options?.slice(0, 1).map((option) => option.value),
      yesNo: false,
      email: 'cittadino@example.it',
      phone: '+39 0571 000000',
      fiscalCode: 'RSSMRA80A01H501U',
      iban: 'IT60X0542811101000000123456',
      address: { street: 'Via Roma 1', postalCode: '50100', city: 'Valdoria' },
      file: undefined,
    }[field.type];
    if (sample !== undefined) answers[field.id] = sample;
  }
  return answers;
}
