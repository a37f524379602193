import type { AddressInfo } from 'node:net';
import { buildApp, DatabaseUnreachableError } from './app';
import { ConfigError, loadConfig } from './config';

/** Process entry: config, app, listen; SIGTERM/SIGINT drain open requests and exit 0. */
async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const shown = `http://${['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host}:${port}`;
  app.log.info({ url: shown }, 'Sportello is running');
  console.log(`\n  Sportello is running at ${shown}\n`);
  if (!config.mail.enabled) console.log('  MAIL=off: no mail is sent, and signing in with an email code is off.\n');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining open requests');
    const deadline = setTimeout(() => {
      app.log.error('open requests did not finish in time');
      process.exit(1);
    }, config.shutdownGraceMs);
    deadline.unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnreachableError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(known ? message : `Sportello could not start: ${message}`);
  process.exit(1);
});
