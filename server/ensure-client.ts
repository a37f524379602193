import { ensureClientBuilt } from './client-build';

/** `npm start` runs this before server/main.ts, so a fresh clone serves a built client. */
await ensureClientBuilt();
