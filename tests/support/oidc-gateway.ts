import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type AccountClaims } from 'oidc-provider';

/**
 * A real OpenID Connect provider (oidc-provider) playing the SPID/CIE identity gateway: authorization
 * code with PKCE required, the codice fiscale as a "fiscalNumber" claim given on request (claims
 * parameter), and a login step with no page: the person the test names is authenticated and consents.
 */
export type OidcGateway = {
  issuer: string;
  /** config.oidc for the app under test. */
  settings: { issuer: string; clientId: string; clientSecret: string };
  /** Registers the app as the gateway's client once the app's address is known. */
  registerClient(redirectUri: string): void;
  /** Who authenticates at the gateway's next login (as if they typed their SPID credentials). */
  logInAs(person: AccountClaims): void;
  /** Ends the next login with this OAuth error, e.g. access_denied when the person cancels. */
  refuseNextLogin(error: string): void;
  close(): Promise<void>;
};

const clientId = 'sportello-test';
const clientSecret = 'sportello-test-secret-0123456789';
const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

export async function startOidcGateway(): Promise<OidcGateway> {
  const accounts = new Map<string, AccountClaims>();
  let provider: Provider | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  let person: AccountClaims | undefined;
  let nextError: string | undefined;

  const interact = async (gateway: Provider, req: IncomingMessage, res: ServerResponse) => {
    const interaction = await gateway.interactionDetails(req, res);
    const options = { mergeWithLastSubmission: false };
    if (nextError) {
      const error = nextError;
      nextError = undefined;
      return gateway.interactionFinished(req, res, { error, error_description: 'cancelled at the gateway' }, options);
    }
    if (interaction.prompt.name === 'login') {
      if (!person) throw new Error('the test did not say who logs in at the gateway');
      accounts.set(person.sub, person);
      return gateway.interactionFinished(req, res, { login: { accountId: person.sub } }, options);
    }
    const grant = new gateway.Grant({
      accountId: interaction.session!.accountId,
      clientId: interaction.params.client_id,
    });
    const { missingOIDCScope, missingOIDCClaims } = interaction.prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    return gateway.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  };

  const server = createServer((req, res) => {
    const fail = (error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    };
    if (!provider || !handle) return fail('the app is not registered with the gateway yet');
    if (req.url?.startsWith('/interaction/')) interact(provider, req, res).catch(fail);
    else handle(req, res).catch(fail);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    settings: { issuer, clientId, clientSecret },
    registerClient(redirectUri) {
      provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          profile: ['given_name', 'family_name'],
          // Outside every scope: released only when the client asks for it by name.
          fiscalNumber: null,
        },
        findAccount(_ctx, sub) {
          const claims = accounts.get(sub);
          return claims && { accountId: sub, claims: () => claims };
        },
        features: { devInteractions: { enabled: false }, claimsParameter: { enabled: true } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        pkce: { required: () => true },
        cookies: { keys: ['sportello-test-gateway-cookies'] },
        jwks: { keys: [{ ...signingKey, kid: 'test', alg: 'RS256', use: 'sig' }] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      });
      handle = provider.callback();
    },
    logInAs(next) {
      person = next;
    },
    refuseNextLogin(error) {
      nextError = error;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
