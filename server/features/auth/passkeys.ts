import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { and, asc, eq } from 'drizzle-orm';
import type {
  Passkey,
  PasskeyRegistrationStart,
  PasskeySignInStart,
  RegisterPasskeyInput,
  SignInWithPasskeyInput,
} from '../../../shared/auth/passkeys';
import { deviceNameFor } from '../../../shared/auth/user-agent';
import type { Executor } from '../../db/client';
import { passkeys, users } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit/record';
import { consumePasskeyFlow, passkeyFlowMs, startPasskeyFlow } from './passkey-flows';
import { completeSignIn, type SignInContext } from './sign-in';

/**
 * The relying party is whatever origin the person reached us at (PUBLIC_URL when configured): its host
 * name is the RP ID the credentials are bound to, the origin what the browser must report.
 */
export type RelyingParty = { rpID: string; origin: string };

export function relyingPartyOf(origin: string): RelyingParty {
  return { rpID: new URL(origin).hostname, origin };
}

const rpName = 'Sportello';
const knownTransports = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

/** The WebAuthn user handle: the account's random id, never the email, so the authenticator learns nothing. */
function userHandleOf(userId: string): string {
  return Buffer.from(userId).toString('base64url');
}

/** A verification failure, with the library's reason kept as the cause for the logs. */
function verificationFailed(reason?: unknown): AppError {
  const error = new AppError('PASSKEY_VERIFICATION_FAILED');
  if (reason) error.cause = reason;
  return error;
}

export async function startPasskeyRegistration(
  db: Executor,
  rp: RelyingParty,
  userId: string,
): Promise<PasskeyRegistrationStart> {
  const [user] = await db
    .select({ email: users.email, givenName: users.givenName, familyName: users.familyName })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new AppError('AUTH_REQUIRED');
  const existing = await db
    .select({ id: passkeys.id, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, userId));
  const options = await generateRegistrationOptions({
    rpName,
    rpID: rp.rpID,
    userName: user.email,
    userID: Buffer.from(userId),
    userDisplayName: [user.givenName, user.familyName].filter(Boolean).join(' ') || user.email,
    timeout: passkeyFlowMs,
    attestationType: 'none',
    // The authenticator refuses to make a second passkey for an account it already holds one for.
    excludeCredentials: existing.map((key) => ({
      id: key.id,
      transports: key.transports.filter((transport) => knownTransports.has(transport)),
    })),
    // Resident ("discoverable") keys let the sign-in page ask for a passkey without asking for an email.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  const flowId = await startPasskeyFlow(db, { kind: 'passkey_register', challenge: options.challenge, userId });
  return { flowId, options };
}

export async function finishPasskeyRegistration(
  db: Executor,
  rp: RelyingParty,
  request: { userId: string; ip: string; userAgent: string | undefined; input: RegisterPasskeyInput },
): Promise<Passkey> {
  const { input } = request;
  const challenge = await consumePasskeyFlow(db, {
    kind: 'passkey_register',
    token: input.flowId,
    userId: request.userId,
  });
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch((reason: unknown) => {
    throw verificationFailed(reason);
  });
  if (!verification.verified) throw verificationFailed();
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  const name = input.name ?? passkeyNameFor(request.userAgent);
  const [stored] = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(passkeys)
      .values({
        id: credential.id,
        userId: request.userId,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: (credential.transports ?? []).filter((transport) => knownTransports.has(transport)),
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
        name,
      })
      // A credential id already on file (the same authenticator registered twice) is not a second passkey.
      .onConflictDoNothing()
      .returning(passkeyColumns);
    if (rows.length > 0) {
      await recordAudit(tx, {
        actorId: request.userId,
        action: 'passkey.register',
        ip: request.ip,
        subjectType: 'passkey',
        subjectId: credential.id,
        details: { name, deviceType: credentialDeviceType, backedUp: credentialBackedUp },
      });
    }
    return rows;
  });
  if (!stored) throw verificationFailed('credential already registered');
  return toPasskey(stored);
}

export async function startPasskeySignIn(db: Executor, rp: RelyingParty): Promise<PasskeySignInStart> {
  // No allowCredentials: the authenticator offers the passkeys it holds for this site, so no email is asked.
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    timeout: passkeyFlowMs,
    userVerification: 'preferred',
  });
  const flowId = await startPasskeyFlow(db, { kind: 'passkey_sign_in', challenge: options.challenge });
  return { flowId, options };
}

/**
 * Verifies an assertion and signs its owner in. The challenge is consumed first, so a replay fails
 * whatever happens next; the signature counter is moved forward in the sign-in's own transaction, and
 * only if no other sign-in moved it meanwhile.
 */
export async function signInWithPasskey(
  context: SignInContext,
  rp: RelyingParty,
  input: SignInWithPasskeyInput,
): Promise<{ userId: string }> {
  const challenge = await consumePasskeyFlow(context.db, { kind: 'passkey_sign_in', token: input.flowId });
  const [key] = await context.db
    .select({
      id: passkeys.id,
      userId: passkeys.userId,
      publicKey: passkeys.publicKey,
      counter: passkeys.counter,
      transports: passkeys.transports,
      email: users.email,
      locale: users.locale,
    })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.id, input.response.id));
  if (!key) throw new AppError('PASSKEY_NOT_FOUND');
  const userHandle = input.response.response.userHandle;
  if (userHandle && userHandle.replace(/=+$/, '') !== userHandleOf(key.userId)) {
    throw verificationFailed('user handle does not match the credential owner');
  }
  const verification = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    credential: { id: key.id, publicKey: new Uint8Array(key.publicKey), counter: key.counter },
    requireUserVerification: false,
  }).catch((reason: unknown) => {
    throw verificationFailed(reason);
  });
  if (!verification.verified) throw verificationFailed('bad signature');
  const { newCounter, credentialBackedUp } = verification.authenticationInfo;
  await completeSignIn(
    context,
    { userId: key.userId, email: key.email, locale: key.locale, method: 'passkey' },
    async (tx) => {
      const moved = await tx
        .update(passkeys)
        .set({ counter: newCounter, backedUp: credentialBackedUp, lastUsedAt: new Date() })
        .where(and(eq(passkeys.id, key.id), eq(passkeys.counter, key.counter)))
        .returning({ id: passkeys.id });
      if (moved.length === 0) throw verificationFailed('signature counter moved during sign-in');
    },
  );
  return { userId: key.userId };
}

const passkeyColumns = {
  id: passkeys.id,
  name: passkeys.name,
  createdAt: passkeys.createdAt,
  lastUsedAt: passkeys.lastUsedAt,
  deviceType: passkeys.deviceType,
  backedUp: passkeys.backedUp,
};

function toPasskey(row: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  deviceType: string;
  backedUp: boolean;
}): Passkey {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    deviceType: row.deviceType === 'multiDevice' ? 'multiDevice' : 'singleDevice',
  };
}

export async function listPasskeys(db: Executor, userId: string): Promise<Passkey[]> {
  const rows = await db
    .select(passkeyColumns)
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
  return rows.map(toPasskey);
}

/** Someone else's passkey id answers exactly as an unknown one: PASSKEY_NOT_IN_ACCOUNT (404). */
export async function renamePasskey(
  db: Executor,
  request: { userId: string; ip: string; id: string; name: string },
): Promise<Passkey> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(passkeys)
      .set({ name: request.name })
      .where(and(eq(passkeys.id, request.id), eq(passkeys.userId, request.userId)))
      .returning(passkeyColumns);
    if (!row) throw new AppError('PASSKEY_NOT_IN_ACCOUNT');
    await recordAudit(tx, {
      actorId: request.userId,
      action: 'passkey.rename',
      ip: request.ip,
      subjectType: 'passkey',
      subjectId: request.id,
      details: { name: request.name },
    });
    return toPasskey(row);
  });
}

export async function removePasskey(db: Executor, request: { userId: string; ip: string; id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, request.id), eq(passkeys.userId, request.userId)))
      .returning({ name: passkeys.name });
    if (!row) throw new AppError('PASSKEY_NOT_IN_ACCOUNT');
    await recordAudit(tx, {
      actorId: request.userId,
      action: 'passkey.remove',
      ip: request.ip,
      subjectType: 'passkey',
      subjectId: request.id,
      details: { name: row.name },
    });
  });
}

/** A name the person will recognise in their list ("Chrome · Android"), until they give it their own. */
export function passkeyNameFor(userAgent: string | undefined): string {
  return deviceNameFor(userAgent) ?? 'Passkey';
}
