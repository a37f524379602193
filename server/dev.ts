import { fileURLToPath } from 'node:url';
import middie from '@fastify/middie';
import { createServer } from 'vite';
import { buildApp } from './app';
import { loadConfig } from './config';

/**
 * `npm run dev`: tsx restarts this process when server code changes; Vite, mounted as middleware,
 * hot-reloads the client. One origin, so the API and the pages share cookies as in production.
 */
const config = loadConfig({ NODE_ENV: 'development', ...process.env });
const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { middlewareMode: true },
  appType: 'spa',
});
const app = await buildApp(config, {
  serveClient: async (instance) => {
    await instance.register(middie);
    // Vite answers everything it is given (appType spa), so the server's own routes bypass it.
    const serverRoutes = /^\/(trpc|healthz|readyz|auth|ics|qr|files|opendata|dev\/mailbox(\.json)?)(\/|\?|$)/;
    instance.use((req, res, next) => (serverRoutes.test(req.url ?? '') ? next() : vite.middlewares(req, res, next)));
  },
});
app.addHook('onClose', () => vite.close());
const address = await app.listen({ port: config.port, host: config.host });
console.log(`\n  Sportello (dev, hot reload): ${address.replace('0.0.0.0', 'localhost')}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => app.close().then(() => process.exit(0)));
