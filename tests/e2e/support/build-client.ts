import { ensureClientBuilt } from '../../../server/client-build';

/** Browser tests drive the built app, as a citizen would get it. */
export default async function setup() {
  await ensureClientBuilt();
}
