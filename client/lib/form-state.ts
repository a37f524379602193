import { createSignal } from 'solid-js';
import { appCodeOf, fieldErrors, serverMessage } from './errors';
import { t } from './i18n';
import { online } from './offline';

/** What a person reads when an action fails: the server's own message, or why it could not reach it. */
export function failureMessage(error: unknown): string {
  const message = serverMessage(error);
  if (message) return message;
  return online() && navigator.onLine ? t('error.action') : t('error.offlineAction');
}

/**
 * The state of one form or button: whether it is working, the message when it failed (with the
 * fields the server named and its application code), and the confirmation when it worked. One
 * submission at a time.
 */
export function createFormState() {
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [fields, setFields] = createSignal<Record<string, string>>({});
  const [done, setDone] = createSignal<string>();
  const [code, setCode] = createSignal<string>();

  /** Runs the task; a string it returns is shown as the confirmation. False when it failed. */
  async function run(task: () => Promise<unknown>): Promise<boolean> {
    if (pending()) return false;
    setPending(true);
    setError(undefined);
    setFields({});
    setDone(undefined);
    setCode(undefined);
    try {
      const confirmation = await task();
      if (typeof confirmation === 'string' && confirmation) setDone(confirmation);
      return true;
    } catch (failure) {
      setFields(fieldErrors(failure));
      setCode(appCodeOf(failure));
      setError(failureMessage(failure));
      return false;
    } finally {
      setPending(false);
    }
  }

  /** A failure found before asking the server (an empty field). */
  function fail(message: string, field?: string): void {
    setDone(undefined);
    setCode(undefined);
    setError(message);
    setFields(field ? { [field]: message } : {});
  }

  /** Back to a blank state: another form's action made the old outcome stale. */
  function reset(): void {
    setError(undefined);
    setFields({});
    setDone(undefined);
    setCode(undefined);
  }

  return { pending, error, fields, done, code, run, fail, reset };
}

export type FormState = ReturnType<typeof createFormState>;
