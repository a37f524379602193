import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureOf, signIn, startTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

describe('the personal area (me.*)', () => {
  it('updates the profile, and refuses a codice fiscale with a wrong check character', async () => {
    const client = await signIn(testApp, 'profilo@example.it');
    const me = await client.me.update.mutate({
      givenName: 'Anna',
      familyName: 'Verdi',
      phone: '+39 333 1234567',
      locale: 'en',
      notificationPrefs: { email: false },
    });
    expect(me).toMatchObject({ givenName: 'Anna', familyName: 'Verdi', locale: 'en' });
    expect(me.notificationPrefs).toEqual({ email: false, push: true });
    const bad = await failureOf(client.me.update.mutate({ fiscalCode: 'RSSMRA80A01H501X' }));
    // Refused by the input schema, so the form shows the message beside the field it names.
    expect(bad.data).toMatchObject({
      appCode: 'INVALID_INPUT',
      httpStatus: 400,
      issues: [expect.objectContaining({ path: ['fiscalCode'] })],
    });
    expect((await client.me.get.query()).fiscalCode).toBeNull();
    await client.me.update.mutate({ fiscalCode: 'vrdnna90a41h501j' });
    expect((await client.me.get.query()).fiscalCode).toBe('VRDNNA90A41H501J');
  });

  it('refuses a codice fiscale that belongs to someone else', async () => {
    const client = await signIn(testApp, 'doppione@example.it');
    const taken = await failureOf(client.me.update.mutate({ fiscalCode: 'RSSGLI85M41H501S' }));
    expect(taken.data?.appCode).toBe('FISCAL_CODE_TAKEN');
    expect(taken.data?.httpStatus).toBe(409);
  });

  it('answers in the language the person chose', async () => {
    const client = await signIn(testApp, 'lingua@example.it');
    await client.me.update.mutate({ locale: 'en' });
    const [welcome] = await client.inbox.list.query();
    expect(welcome?.title).toBe('Welcome to Sportello');
  });

  it('lists the activity and exports every personal datum as JSON', async () => {
    const client = await signIn(testApp, 'export@example.it');
    await client.me.update.mutate({ givenName: 'Export' });
    const activity = await client.me.activity.query();
    expect(activity.map((entry) => entry.action)).toEqual(['me.update', 'auth.sign_in']);
    const data = await client.me.exportData.query();
    expect(data).toMatchObject({ profile: { email: 'export@example.it', givenName: 'Export' } });
    expect((data.messages as unknown[]).length).toBe(1);
    expect((data.sessions as unknown[]).length).toBe(1);
  });

  it('deletes the account only when the person types their email, and signs them out', async () => {
    const client = await signIn(testApp, 'addio@example.it');
    const mismatch = await failureOf(client.me.deleteAccount.mutate({ confirmEmail: 'altro@example.it' }));
    expect(mismatch.data?.appCode).toBe('DELETE_CONFIRMATION_MISMATCH');
    await client.me.deleteAccount.mutate({ confirmEmail: 'ADDIO@example.it' });
    expect((await failureOf(client.me.get.query())).data?.httpStatus).toBe(401);
    const [row] = await testApp.database.query(`select count(*)::int as n from users where email = 'addio@example.it'`);
    expect(row).toEqual({ n: 0 });
    const again = await signIn(testApp, 'addio@example.it');
    expect((await again.inbox.list.query()).map((m) => m.kind)).toEqual(['welcome']);
  });
});

describe("other people's data (IDOR)", () => {
  it("answers NOT_FOUND when A reads, changes or deletes B's message, and leaves it untouched", async () => {
    const alice = await signIn(testApp, 'alice@example.it');
    const bob = await signIn(testApp, 'bob@example.it');
    const [bobsMessage] = await bob.inbox.list.query();
    const id = bobsMessage!.id;
    for (const attempt of [
      () => alice.inbox.markRead.mutate({ id }),
      () => alice.inbox.markRead.mutate({ id, read: false }),
      () => alice.inbox.delete.mutate({ id }),
    ]) {
      const failure = await failureOf(attempt());
      expect(failure.data?.appCode).toBe('MESSAGE_NOT_FOUND');
      expect(failure.data?.httpStatus).toBe(404);
    }
    const unknown = await failureOf(alice.inbox.delete.mutate({ id: crypto.randomUUID() }));
    expect(unknown.message).toBe((await failureOf(alice.inbox.delete.mutate({ id }))).message);
    expect((await alice.inbox.list.query()).map((m) => m.id)).not.toContain(id);
    const [still] = await bob.inbox.list.query();
    expect(still).toMatchObject({ id, readAt: null });
  });

  it('exposes random identifiers, not sequential ones', async () => {
    const carla = await signIn(testApp, 'carla@example.it');
    const dario = await signIn(testApp, 'dario@example.it');
    const ids = [(await carla.me.get.query()).id, (await dario.me.get.query()).id];
    ids.push(
      ...(await carla.inbox.list.query()).map((m) => m.id),
      ...(await dario.inbox.list.query()).map((m) => m.id),
    );
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('roles of the demo accounts', () => {
  it('let the staff open their desk, the owner see the team, the admin read the audit log', async () => {
    const staff = await signIn(testApp, 'operatore@comune.valdoria.example.it');
    const desk = await staff.desk.office.query({ office: 'sportello-polifunzionale' });
    expect(desk.organization.slug).toBe('comune-di-valdoria');
    expect(desk.services.map((s) => s.slug)).toContain('carta-di-identita-elettronica');
    const elsewhere = await failureOf(staff.desk.office.query({ office: 'ufficio-tributi' }));
    expect(elsewhere.data?.httpStatus).toBe(403);

    const owner = await signIn(testApp, 'responsabile@comune.valdoria.example.it');
    const team = await owner.organizations.team.query({ organization: 'comune-di-valdoria' });
    expect(team).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'owner', email: 'responsabile@comune.valdoria.example.it' }),
        expect.objectContaining({ role: 'staff', office: 'sportello-polifunzionale' }),
      ]),
    );

    expect((await staff.me.activity.query()).map((entry) => entry.action)).toEqual(['auth.sign_in']);

    const admin = await signIn(testApp, 'admin@sportello.example.it');
    const log = await admin.audit.list.query({ limit: 50 });
    expect(log.map((entry) => entry.action)).toEqual(expect.arrayContaining(['desk.office', 'organizations.team']));
  });
});
