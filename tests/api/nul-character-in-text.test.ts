import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, guest, identityCard } from '../support/booking';
import { pngBytes, problemReport, reportAnswers, upload } from '../support/requests';
import { SoftwareAuthenticator } from '../support/software-authenticator';
import { type ApiClient, failureOf, signIn, signInWithFetch, startTestApp, type TestApp } from '../support/test-app';

/**
 * PostgreSQL refuses U+0000 in text (and a lone surrogate in jsonb), so a NUL anywhere in a person's text
 * used to reach the database and come back as a 500, signed in or not. Every text input now refuses it
 * with a 400 that names the field, in the caller's language.
 */

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(() => testApp?.close());

const nul = '\u0000';

async function refusal(call: Promise<unknown>) {
  const error = await failureOf(call);
  return { status: error.data?.httpStatus, appCode: error.data?.appCode, message: error.message };
}

function expectRefused(answer: Awaited<ReturnType<typeof refusal>>, field: string) {
  expect(answer).toMatchObject({ status: 400, appCode: 'INVALID_INPUT' });
  expect(answer.message).toContain(field);
}

describe('a NUL character in text', () => {
  it('is refused in the applicant names, reason and notes of a booking made by a guest', async () => {
    const client = testApp.client('it');
    const [slot] = await freeSlots(client);
    const hold = await client.booking.hold.mutate({ ...identityCard, start: slot!.start });
    const confirm = (change: { applicant?: Partial<typeof guest>; reason?: string; notes?: string }) =>
      client.booking.confirm.mutate({
        idempotencyKey: randomUUID(),
        place: { kind: 'hold', holdId: hold.holdId, secret: hold.secret },
        reason: change.reason,
        notes: change.notes,
        applicant: { ...guest, ...change.applicant },
      });
    expectRefused(await refusal(confirm({ applicant: { givenName: `Ma${nul}rio` } })), '«nome»');
    expectRefused(await refusal(confirm({ applicant: { familyName: `Bianchi${nul}` } })), '«cognome»');
    expectRefused(await refusal(confirm({ reason: `Primo${nul}rilascio` })), '«motivo»');
    expectRefused(await refusal(confirm({ notes: `Porto${nul}la foto` })), '«note»');
    const refused = await refusal(confirm({ applicant: { givenName: `Ma${nul}rio` } }));
    expect(refused.message).toContain('caratteri non ammessi');

    // The place is still held, and the same booking without the NUL goes through.
    const booking = await confirm({ reason: 'Primo rilascio', notes: 'Porto la foto\ne il vecchio documento' });
    expect(booking).toMatchObject({ status: 'confirmed', notes: 'Porto la foto\ne il vecchio documento' });
  });

  it('is refused in the profile, in English too', async () => {
    const client = await signIn(testApp, 'profilo.nul@example.it', 'en');
    expectRefused(await refusal(client.me.update.mutate({ givenName: `Anna${nul}` })), '“given name”');
    const surname = await refusal(client.me.update.mutate({ familyName: `Ver${nul}di` }));
    expectRefused(surname, '“surname”');
    expect(surname.message).toContain('characters that are not allowed');
    expect(await client.me.update.mutate({ givenName: 'Anna', familyName: 'Verdi' })).toMatchObject({
      givenName: 'Anna',
      familyName: 'Verdi',
    });
  });

  it('is refused in the answers of a request draft, as a lone surrogate is, and cleaned from a file name', async () => {
    const { client, fetch: fetchAs } = await signInWithFetch(testApp, 'bozza.nul@example.it');
    const save = (answers: Record<string, unknown>) =>
      client.requests.saveDraft.mutate({ service: problemReport, formVersion: 1, answers: answers as never });
    expectRefused(await refusal(save({ ...reportAnswers, description: `Una buca${nul}` })), 'description');
    expectRefused(
      await refusal(save({ ...reportAnswers, location: { ...reportAnswers.location, street: `Via${nul}Roma` } })),
      'street',
    );
    expectRefused(await refusal(save({ ...reportAnswers, description: 'Una buca \ud83d' })), 'description');
    const draft = await save(reportAnswers);
    expect(draft.answers).toEqual(reportAnswers);
    // A file name comes from a file system, not from typing: it is cleaned (cleanFileName), not refused.
    const file = await upload(testApp, fetchAs, draft.id, { name: `foto${nul}.png`, bytes: pngBytes, field: 'photos' });
    expect(file.status).toBe(201);
    expect(await file.json()).toMatchObject({ name: 'foto.png' });
  });

  it('is refused in a push device name and endpoint', async () => {
    const client = await signIn(testApp, 'dispositivo.nul@example.it');
    const keys = {
      p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
      auth: randomBytes(16).toString('base64url'),
    };
    const endpoint = `https://push.example.net/send/${randomUUID()}`;
    expectRefused(
      await refusal(client.push.subscribe.mutate({ endpoint, keys, deviceName: `Telefono${nul}` })),
      '«nome del dispositivo»',
    );
    expectRefused(
      await refusal(client.push.subscribe.mutate({ endpoint: `${endpoint}${nul}`, keys })),
      '«indirizzo del servizio di notifica»',
    );
    expectRefused(
      await refusal(client.push.unsubscribe.mutate({ endpoint: `${endpoint}${nul}` })),
      '«indirizzo del servizio di notifica»',
    );
    expect(await client.push.subscribe.mutate({ endpoint, keys, deviceName: 'Telefono' })).toMatchObject({
      deviceName: 'Telefono',
    });
  });

  it('is refused in a passkey name, when registering and when renaming', async () => {
    const client: ApiClient = await signIn(testApp, 'chiave.nul@example.it');
    const authenticator = new SoftwareAuthenticator();
    const { flowId, options } = await client.auth.passkeys.registrationOptions.mutate();
    const response = authenticator.createCredential(options, testApp.url);
    expectRefused(
      await refusal(client.auth.passkeys.register.mutate({ flowId, response, name: `Chiave${nul}` })),
      '«nome»',
    );
    const passkey = await client.auth.passkeys.register.mutate({ flowId, response, name: 'Chiave' });
    expectRefused(
      await refusal(client.auth.passkeys.rename.mutate({ id: passkey.id, name: `Computer${nul}di casa` })),
      '«nome»',
    );
    expect(await client.auth.passkeys.list.query()).toMatchObject([{ id: passkey.id, name: 'Chiave' }]);
  });
});

describe('a number out of range', () => {
  it('is refused with the field named, where it used to be ignored or reach the database', async () => {
    const client = await signIn(testApp, 'numeri@example.it');
    const limit = await fetch(`${testApp.url}/trpc/catalog.search?input=${encodeURIComponent('{"limit":-1}')}`, {
      headers: { 'x-locale': 'en' },
    });
    expect(limit.status).toBe(400);
    expect(((await limit.json()) as { error: { message: string } }).error.message).toContain('limit');
    expectRefused(await refusal(testApp.client('it').catalog.popular.query({ limit: -1 })), '«numero di risultati»');
    const version = await refusal(
      client.requests.saveDraft.mutate({ service: problemReport, formVersion: 2 ** 31, answers: {} }),
    );
    expectRefused(version, '«versione del modulo»');
  });
});
