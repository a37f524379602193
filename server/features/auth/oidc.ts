import { and, eq, lt } from 'drizzle-orm';
import * as client from 'openid-client';
import { EmailSchema } from '../../../shared/auth/api';
import { defaultLocale, isLocale, type Locale } from '../../../shared/i18n/locale';
import { fiscalCodeFromClaim } from '../../../shared/identity/fiscal-code';
import type { Config } from '../../config';
import type { Executor } from '../../db/client';
import { authFlows } from '../../db/tables/auth';
import { AppError } from '../../errors/app-error';
import { hashToken, randomToken } from './tokens';

/** SPID and CIE sign-in through an OpenID Connect identity gateway: authorization code flow with PKCE. */

export const oidcFlowLifetimeMs = 10 * 60_000;
export const defaultReturnPath = '/area-personale';
const scope = 'openid profile email';
/** SPID/CIE gateways name the codice fiscale "fiscalNumber"; some follow OIDC's snake case. */
const fiscalCodeClaims = ['fiscalNumber', 'fiscal_number'] as const;

export type OidcGateway = { configuration(): Promise<client.Configuration> };

/** What the gateway vouches for, reduced to what Sportello keeps. */
export type OidcIdentity = {
  fiscalCode: string;
  email: string;
  givenName: string | undefined;
  familyName: string | undefined;
};

/**
 * The gateway's metadata, discovered on the first sign-in and kept for the life of the process; a failed
 * discovery is forgotten, so the next sign-in tries again.
 */
export function oidcGateway(settings: NonNullable<Config['oidc']>): OidcGateway {
  let discovered: Promise<client.Configuration> | undefined;
  return {
    configuration() {
      discovered ??= discover(settings).catch((error: unknown) => {
        discovered = undefined;
        throw gatewayUnavailable(error);
      });
      return discovered;
    },
  };
}

async function discover(settings: NonNullable<Config['oidc']>): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  // openid-client speaks only https to a gateway. A plain-http issuer is allowed on this machine's own
  // loopback (a gateway started by the tests or a developer), never anywhere else, so no production
  // configuration can send client secrets and tokens in clear.
  const loopback = issuer.protocol === 'http:' && (issuer.hostname === 'localhost' || issuer.hostname === '127.0.0.1');
  return client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
    execute: loopback ? [client.allowInsecureRequests] : [],
    timeout: 10,
  });
}

/**
 * Opens a single-use flow (state, nonce, PKCE verifier) and returns the gateway URL to send the browser
 * to, with the token the browser keeps in a cookie to find the flow again.
 */
export async function beginOidcSignIn(
  db: Executor,
  gateway: OidcGateway,
  request: { redirectUri: string; returnTo: string; locale: Locale },
): Promise<{ flowToken: string; authorizationUrl: string }> {
  const configuration = await gateway.configuration();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const flowToken = randomToken();
  await db.delete(authFlows).where(and(eq(authFlows.kind, 'oidc'), lt(authFlows.expiresAt, new Date())));
  await db.insert(authFlows).values({
    id: hashToken(flowToken),
    kind: 'oidc',
    data: { state, nonce, codeVerifier, redirectUri: request.redirectUri, locale: request.locale },
    returnTo: request.returnTo,
    expiresAt: new Date(Date.now() + oidcFlowLifetimeMs),
  });
  const parameters: Record<string, string> = {
    redirect_uri: request.redirectUri,
    scope,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  };
  // The codice fiscale is no standard claim: ask for it by name where the gateway takes claim requests;
  // other gateways release it with the profile scope.
  if (configuration.serverMetadata().claims_parameter_supported) {
    const wanted = Object.fromEntries(fiscalCodeClaims.map((claim) => [claim, { essential: true }]));
    parameters.claims = JSON.stringify({ id_token: wanted, userinfo: wanted });
  }
  return { flowToken, authorizationUrl: client.buildAuthorizationUrl(configuration, parameters).href };
}

/**
 * Consumes the flow behind the browser's cookie (whatever happens next, it cannot be used again),
 * checks the gateway's answer (state, PKCE, nonce, issuer: openid-client) and reads the identity
 * from the ID token and the userinfo endpoint.
 */
export async function finishOidcSignIn(
  db: Executor,
  gateway: OidcGateway,
  callback: { flowToken: string | undefined; query: string },
): Promise<{ identity: OidcIdentity; returnTo: string; locale: Locale }> {
  if (!callback.flowToken) throw new AppError('SIGN_IN_FLOW_EXPIRED');
  const [flow] = await db
    .delete(authFlows)
    .where(and(eq(authFlows.id, hashToken(callback.flowToken)), eq(authFlows.kind, 'oidc')))
    .returning({ data: authFlows.data, returnTo: authFlows.returnTo, expiresAt: authFlows.expiresAt });
  if (!flow || flow.expiresAt.getTime() <= Date.now()) throw new AppError('SIGN_IN_FLOW_EXPIRED');
  const { state, nonce, codeVerifier, redirectUri, locale } = flow.data;
  const configuration = await gateway.configuration();
  const currentUrl = new URL(redirectUri!);
  currentUrl.search = callback.query;
  const claims = await readClaims(configuration, currentUrl, {
    state: state!,
    nonce: nonce!,
    codeVerifier: codeVerifier!,
  });
  return {
    identity: identityFromClaims(claims),
    returnTo: flow.returnTo ?? defaultReturnPath,
    locale: isLocale(locale) ? locale : defaultLocale,
  };
}

async function readClaims(
  configuration: client.Configuration,
  currentUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  try {
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new AppError('OIDC_CALLBACK_INVALID');
    if (!configuration.serverMetadata().userinfo_endpoint) return idClaims;
    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    // The ID token wins where both speak: its nonce ties it to this very sign-in.
    return { ...userinfo, ...idClaims };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw isProtocolError(error) ? withCause(new AppError('OIDC_CALLBACK_INVALID'), error) : gatewayUnavailable(error);
  }
}

/** Errors in what the gateway or the browser sent (the flow is broken), as opposed to not reaching it. */
function isProtocolError(error: unknown): boolean {
  return (
    error instanceof client.ClientError ||
    error instanceof client.AuthorizationResponseError ||
    error instanceof client.ResponseBodyError ||
    error instanceof client.WWWAuthenticateChallengeError
  );
}

function gatewayUnavailable(error: unknown): AppError {
  return withCause(new AppError('OIDC_UNAVAILABLE'), error);
}

/** Keeps the gateway's own error for the log; the person only sees the application code. */
function withCause(appError: AppError, cause: unknown): AppError {
  return Object.assign(appError, { cause });
}

/**
 * A usable identity needs a codice fiscale whose check character is right and an email address; an
 * address the gateway says it has not verified is not used.
 */
export function identityFromClaims(claims: Record<string, unknown>): OidcIdentity {
  const rawFiscalCode = fiscalCodeClaims.map((name) => claims[name]).find((value) => typeof value === 'string');
  const fiscalCode = typeof rawFiscalCode === 'string' ? fiscalCodeFromClaim(rawFiscalCode) : undefined;
  const rawEmail = typeof claims.email === 'string' ? claims.email.trim() : undefined;
  const email = claims.email_verified === false ? undefined : EmailSchema.safeParse(rawEmail).data;
  if (!fiscalCode || !email) throw new AppError('OIDC_IDENTITY_INCOMPLETE');
  return { fiscalCode, email, givenName: nameClaim(claims.given_name), familyName: nameClaim(claims.family_name) };
}

function nameClaim(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().replace(/\s+/g, ' ');
  return name ? name.slice(0, 80) : undefined;
}

/** Where to go after signing in: only a path on this site, never another origin (open redirect). */
export function sameSiteReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 500) return fallback;
  // Backslashes and control characters are read as "//" or dropped by some browsers: refuse them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  if (value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  const base = 'http://sportello.invalid';
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
