import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deskOffice,
  pngBytes,
  problemReport,
  reportAnswers,
  staffEmail,
  submission,
  upload,
} from '../support/requests';
import { failureOf, signIn, signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ config: { requests: { fileBytes: 4096, requestBytes: 6000 } } });
});
afterAll(() => testApp?.close());

describe('the online form of a service', () => {
  it('is public, versioned, and announced on the service page', async () => {
    const client = testApp.client('en');
    const form = await client.requests.form.query({ service: problemReport });
    expect(form).toMatchObject({ version: 1, deadline: { days: 30, kind: 'calendar' }, office: { slug: deskOffice } });
    expect(form.definition.pages.flatMap((page) => page.fields).map((field) => field.id)).toContain('location');
    expect((await client.catalog.service.query({ slug: problemReport })).onlineForm).toBe(true);
    expect((await client.catalog.service.query({ slug: 'pagamento-tari' })).onlineForm).toBe(false);
    const none = await failureOf(client.requests.form.query({ service: 'pagamento-tari' }));
    expect(none.data?.appCode).toBe('REQUEST_FORM_NOT_FOUND');
  });
});

describe('a request from draft to decision', () => {
  it('keeps a draft with its files, submits it once with a protocol number, and moves through the statuses', async () => {
    const { client: citizen, fetch: citizenFetch } = await signInWithFetch(testApp, 'anna.verdi@example.it', 'it');
    const { client: staff, fetch: staffFetch } = await signInWithFetch(testApp, staffEmail, 'it');
    const { fetch: strangerFetch } = await signInWithFetch(testApp, 'estraneo@example.it');

    const draft = await citizen.requests.saveDraft.mutate({
      service: problemReport,
      formVersion: 1,
      answers: { category: 'road' },
    });
    expect(await citizen.requests.draft.query({ service: problemReport })).toMatchObject({
      id: draft.id,
      answers: { category: 'road' },
    });

    const uploaded = await upload(testApp, citizenFetch, draft.id, {
      name: 'buca.png',
      bytes: pngBytes,
      field: 'photos',
    });
    expect(uploaded.status).toBe(201);
    const photo = await uploaded.json();
    expect(photo).toMatchObject({ mediaType: 'image/png', size: pngBytes.length, name: 'buca.png' });
    expect(photo.sha256).toBe(createHash('sha256').update(pngBytes).digest('hex'));

    const key = randomUUID();
    const sent = await citizen.requests.submit.mutate({
      ...submission({ ...reportAnswers, photos: [photo.id] }),
      idempotencyKey: key,
    });
    expect(sent.status).toBe('submitted');
    expect(sent.protocolNumber).toMatch(/^\d{4}\/\d{6}$/);
    expect(sent.id).toBe(draft.id);
    expect(sent.attachments.map((file) => file.id)).toEqual([photo.id]);
    expect(sent.deadline).toMatchObject({ days: 30, state: 'on_time' });
    expect(sent.timeline).toEqual([expect.objectContaining({ from: 'draft', to: 'submitted', actor: 'citizen' })]);
    const late = await upload(testApp, citizenFetch, sent.id, { name: 'dopo.png', bytes: pngBytes, field: 'photos' });
    expect(late.status).toBe(409);
    expect((await late.json()).error.data.appCode).toBe('REQUEST_NOT_EDITABLE');
    const replay = await citizen.requests.submit.mutate({
      ...submission({ ...reportAnswers, photos: [photo.id] }),
      idempotencyKey: key,
    });
    expect(replay.id).toBe(sent.id);
    expect(replay.protocolNumber).toBe(sent.protocolNumber);
    expect(await citizen.requests.draft.query({ service: problemReport })).toBeNull();
    expect((await citizen.requests.mine.query()).filter((request) => request.status !== 'draft')).toHaveLength(1);
    const inbox = await citizen.inbox.list.query({});
    expect(inbox[0]).toMatchObject({ title: 'Domanda ricevuta', link: `/pratiche/${sent.id}` });

    // The file: the citizen and the office's staff may download it, nobody else.
    for (const [who, status] of [
      [citizenFetch, 200],
      [staffFetch, 200],
      [strangerFetch, 404],
      [fetch, 404],
    ] as const) {
      const response = await who(`${testApp.url}${photo.url}`);
      expect(response.status).toBe(status);
      if (status === 200) expect(Buffer.from(await response.arrayBuffer())).toEqual(pngBytes);
      else expect((await response.json()).error.data.appCode).toBe('ATTACHMENT_NOT_FOUND');
    }

    const queue = await staff.desk.requests.queue.query({ office: deskOffice });
    expect(queue.find((item) => item.id === sent.id)).toMatchObject({
      status: 'submitted',
      applicantName: expect.any(String),
    });

    const tooEarly = await failureOf(
      staff.desk.requests.move.mutate({ office: deskOffice, id: sent.id, to: 'approved' }),
    );
    expect(tooEarly.data?.httpStatus).toBe(409);
    expect(tooEarly.message).toContain('inviata');
    const taken = await staff.desk.requests.take.mutate({ office: deskOffice, id: sent.id });
    expect(taken).toMatchObject({ status: 'in_review', assignee: expect.any(String) });
    expect(taken.nextStatuses.sort()).toEqual(['approved', 'needs_info', 'rejected']);

    const silent = await failureOf(
      staff.desk.requests.move.mutate({ office: deskOffice, id: sent.id, to: 'needs_info' }),
    );
    expect(silent.data?.appCode).toBe('REQUEST_MESSAGE_REQUIRED');
    const asked = await staff.desk.requests.move.mutate({
      office: deskOffice,
      id: sent.id,
      to: 'needs_info',
      message: 'Puoi indicare il numero civico più vicino?',
    });
    expect(asked.deadline).toMatchObject({ state: 'paused', dueDate: null });
    const notYours = await failureOf(
      staff.desk.requests.move.mutate({ office: deskOffice, id: sent.id, to: 'withdrawn' }),
    );
    expect(notYours.data).toMatchObject({ appCode: 'REQUEST_MOVE_NOT_YOURS', httpStatus: 403 });

    const waiting = await citizen.requests.get.query({ id: sent.id });
    expect(waiting).toMatchObject({
      status: 'needs_info',
      nextStatuses: expect.arrayContaining(['in_review', 'withdrawn']),
    });
    expect((await citizen.inbox.list.query({}))[0]?.body).toContain('numero civico');

    const extra = await upload(testApp, citizenFetch, sent.id, { name: 'civico.png', bytes: pngBytes });
    expect(extra.status).toBe(201);
    const answerKey = randomUUID();
    const answer = {
      id: sent.id,
      idempotencyKey: answerKey,
      message: 'Davanti al civico 14.',
      attachmentIds: [(await extra.json()).id],
    };
    const answered = await citizen.requests.answer.mutate(answer);
    expect(answered.status).toBe('in_review');
    expect((await citizen.requests.answer.mutate(answer)).timeline).toHaveLength(answered.timeline.length);
    expect(answered.deadline?.state).toMatch(/on_time|due_soon/);

    const approved = await staff.desk.requests.move.mutate({
      office: deskOffice,
      id: sent.id,
      to: 'approved',
      message: 'Intervento programmato.',
    });
    expect(approved.deadline?.state).toBe('met');
    const closed = await staff.desk.requests.move.mutate({ office: deskOffice, id: sent.id, to: 'closed' });
    expect(closed.timeline.map((entry) => entry.to)).toEqual([
      'submitted',
      'in_review',
      'needs_info',
      'in_review',
      'approved',
      'closed',
    ]);
    expect(closed.timeline.filter((entry) => entry.actor === 'staff').every((entry) => entry.actorName)).toBe(true);
    const after = await failureOf(citizen.requests.withdraw.mutate({ id: sent.id }));
    expect(after.data?.appCode).toBe('REQUEST_MOVE_NOT_ALLOWED');

    const audit = await testApp.database.query<{ action: string }>(
      `select action from audit_log where action like 'desk.requests.%' order by at`,
    );
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['desk.requests.queue', 'desk.requests.take', 'desk.requests.move']),
    );
    const downloads = await testApp.database.query<{ subject_id: string }>(
      `select subject_id from audit_log where action = 'requests.attachment.download'`,
    );
    expect(downloads.map((row) => row.subject_id)).toEqual([photo.id]);
  });

  it('lets the citizen withdraw before a decision, and keeps other people out', async () => {
    const citizen = await signIn(testApp, 'piero.neri@example.it', 'en');
    const other = await signIn(testApp, 'altra.persona@example.it', 'en');
    const sent = await citizen.requests.submit.mutate(submission());
    for (const call of [
      () => other.requests.get.query({ id: sent.id }),
      () => other.requests.withdraw.mutate({ id: sent.id }),
      () =>
        other.requests.answer.mutate({ id: sent.id, idempotencyKey: randomUUID(), message: 'x', attachmentIds: [] }),
    ]) {
      const refused = await failureOf(call());
      expect(refused.data).toMatchObject({ appCode: 'REQUEST_NOT_FOUND', httpStatus: 404 });
    }
    const forbidden = await failureOf(citizen.desk.requests.queue.query({ office: deskOffice }));
    expect(forbidden.data).toMatchObject({ appCode: 'FORBIDDEN', httpStatus: 403 });
    const withdrawn = await citizen.requests.withdraw.mutate({ id: sent.id, message: 'Risolto da solo.' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', deadline: null, nextStatuses: [] });

    // Leaving: the export holds the request; deleting the account drops the draft, the record stays.
    await citizen.requests.saveDraft.mutate({ service: problemReport, formVersion: 1, answers: { category: 'waste' } });
    const exported = await citizen.me.exportData.query();
    expect(exported.requests).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: sent.id, status: 'withdrawn' })]),
    );
    await citizen.me.deleteAccount.mutate({ confirmEmail: 'piero.neri@example.it' });
    const [kept] = await testApp.database.query<{ user_id: string | null; applicant: { email: string } }>(
      'select user_id, applicant from requests where id = $1',
      [sent.id],
    );
    expect(kept).toMatchObject({ user_id: null, applicant: { email: 'piero.neri@example.it' } });
  });
});

describe('bad input to requests', () => {
  it('names the field or the rule, stores nothing, and never answers 500', async () => {
    const { client: italian, fetch: italianFetch } = await signInWithFetch(testApp, 'lucia.gialli@example.it', 'it');
    const english = await signIn(testApp, 'lucia.gialli@example.it', 'en');
    const before = await italian.requests.mine.query();

    const missing = await failureOf(italian.requests.submit.mutate(submission({ category: 'road' })));
    expect(missing.data).toMatchObject({ appCode: 'REQUEST_ANSWERS_INVALID', httpStatus: 400 });
    expect(missing.message).toContain('Luogo');
    expect(missing.message).toContain('Descrivi il problema');
    const missingEn = await failureOf(english.requests.submit.mutate(submission({ category: 'road' })));
    expect(missingEn.message).toContain('Describe the problem');

    const wrongType = await failureOf(
      italian.requests.submit.mutate(submission({ ...reportAnswers, wantsContact: 'forse' })),
    );
    expect(wrongType.data?.appCode).toBe('REQUEST_ANSWERS_INVALID');
    expect(wrongType.message).toContain('richiami');
    const notAnOption = await failureOf(
      italian.requests.submit.mutate(submission({ ...reportAnswers, category: 'ufo' })),
    );
    expect(notAnOption.message).toContain('Che cosa vuoi segnalare');
    const conditional = await failureOf(
      italian.requests.submit.mutate(submission({ ...reportAnswers, wantsContact: true })),
    );
    expect(conditional.message).toContain('Numero di telefono');
    const unknownField = await failureOf(
      italian.requests.submit.mutate(submission({ ...reportAnswers, colour: 'blu' })),
    );
    expect(unknownField.message).toContain('colour');
    const version = await failureOf(italian.requests.submit.mutate({ ...submission(), formVersion: 7 }));
    expect(version.data).toMatchObject({ appCode: 'REQUEST_FORM_VERSION_UNKNOWN', httpStatus: 400 });
    const foreignFile = await failureOf(
      italian.requests.submit.mutate(submission({ ...reportAnswers, photos: [randomUUID()] })),
    );
    expect(foreignFile.data?.appCode).toBe('ATTACHMENT_NOT_IN_REQUEST');
    const malformed = await failureOf(
      italian.requests.submit.mutate({ ...submission(), idempotencyKey: 'nope' } as never),
    );
    expect(malformed.data?.httpStatus).toBe(400);
    const unknownService = await failureOf(
      italian.requests.submit.mutate({ ...submission(), service: 'nessun-servizio' }),
    );
    expect(unknownService.data?.httpStatus).toBe(404);
    expect(await italian.requests.mine.query()).toEqual(before);

    const draft = await italian.requests.saveDraft.mutate({ service: problemReport, formVersion: 1, answers: {} });
    const disguised = await upload(testApp, italianFetch, draft.id, {
      name: 'foto.png',
      bytes: Buffer.from('MZ\x90\x00 this is a program, not a picture'),
      field: 'photos',
    });
    expect(disguised.status).toBe(415);
    const disguisedError = (await disguised.json()).error;
    expect(disguisedError.data.appCode).toBe('ATTACHMENT_TYPE_REFUSED');
    expect(disguisedError.message).toContain('foto.png');
    const empty = await upload(testApp, italianFetch, draft.id, { name: 'vuoto.png', bytes: Buffer.alloc(0) });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatchObject({
      data: { appCode: 'ATTACHMENT_EMPTY' },
      message: expect.stringContaining('vuoto.png'),
    });
    const oversized = await upload(testApp, italianFetch, draft.id, {
      name: 'grande.png',
      bytes: Buffer.concat([pngBytes, Buffer.alloc(5000)]),
      field: 'photos',
    });
    expect(oversized.status).toBe(413);
    const oversizedError = (await oversized.json()).error;
    expect(oversizedError.data.appCode).toBe('ATTACHMENT_TOO_LARGE');
    expect(oversizedError.message).toMatch(/troppo grande/);
    const first = await upload(testApp, italianFetch, draft.id, {
      name: 'a.png',
      bytes: Buffer.concat([pngBytes, Buffer.alloc(3500)]),
      field: 'photos',
    });
    expect(first.status).toBe(201);
    const overTotal = await upload(testApp, italianFetch, draft.id, {
      name: 'b.png',
      bytes: Buffer.concat([pngBytes, Buffer.alloc(3500)]),
      field: 'photos',
    });
    expect(overTotal.status).toBe(413);
    expect((await overTotal.json()).error.data.appCode).toBe('ATTACHMENTS_TOTAL_TOO_LARGE');
    const noField = await upload(testApp, italianFetch, draft.id, {
      name: 'c.png',
      bytes: pngBytes,
      field: 'description',
    });
    expect(noField.status).toBe(400);
    expect((await noField.json()).error.data.appCode).toBe('ATTACHMENT_FIELD_UNKNOWN');
    const foreignDraft = await upload(testApp, fetch, draft.id, { name: 'd.png', bytes: pngBytes, field: 'photos' });
    expect(foreignDraft.status).toBe(401);
    expect((await italian.requests.attachments.query({ id: draft.id })).map((file) => file.name)).toEqual(['a.png']);
  });
});

describe('response times in the open', () => {
  it('shows received and decided requests, medians and the share within the term, also as CSV and JSON', async () => {
    const stats = await testApp.client('it').transparency.stats.query({ organization: 'comune-di-valdoria' });
    expect(stats.windowDays).toBe(90);
    expect(stats.total.received).toBeGreaterThan(0);
    expect(stats.total.decided).toBeGreaterThan(0);
    expect(stats.total.medianDays).toBeGreaterThan(0);
    expect(stats.total.p90Days!).toBeGreaterThanOrEqual(stats.total.medianDays!);
    expect(stats.total.withinDeadline).toBeGreaterThan(0);
    expect(stats.total.withinDeadline).toBeLessThan(1);
    expect(stats.services.map((service) => service.slug)).toContain(problemReport);

    const csv = await fetch(`${testApp.url}/opendata/requests-stats.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = (await csv.text()).trim().split('\r\n');
    expect(header).toBe(
      'organization,service,service_title,window_from,window_to,received,decided,median_days,p90_days,within_deadline_share,deadline_days,deadline_kind',
    );
    expect(rows.some((row) => row.startsWith(`comune-di-valdoria,${problemReport},`))).toBe(true);
    const json = await (await fetch(`${testApp.url}/opendata/requests-stats.json`)).json();
    expect(json.records).toHaveLength(rows.length);
    expect(json.records[0]).toHaveProperty('within_deadline_share');

    const unknown = await failureOf(testApp.client('en').transparency.stats.query({ organization: 'nessuno' }));
    expect(unknown.data?.appCode).toBe('ORGANIZATION_NOT_FOUND');
  });
});
