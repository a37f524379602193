import type { FormState } from '../form-state';
import { type MessageKey, t } from '../i18n';
import { PushDeviceError, type PushFailure } from './browser-subscription';

const failureText: Record<PushFailure, MessageKey> = {
  unsupported: 'push.state.unsupported',
  denied: 'push.error.denied',
  timeout: 'push.error.timeout',
  failed: 'push.error.failed',
};

/**
 * Runs a push action in a form's state. What the browser refused (permission, a push service that did
 * not answer) is told in words about the browser; everything else as any failed action is.
 */
export async function runPushAction(form: FormState, task: () => Promise<string | undefined>): Promise<boolean> {
  let refused: PushDeviceError | undefined;
  const ok = await form.run(async () => {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof PushDeviceError)) throw error;
      refused = error;
      return undefined;
    }
  });
  if (!refused) return ok;
  console.warn('Sportello: push notifications not turned on', refused.cause ?? refused.reason);
  form.fail(t(failureText[refused.reason]));
  return false;
}
