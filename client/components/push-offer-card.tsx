import { A, createAsync } from '@solidjs/router';
import { createEffect, createResource, createSignal, Show } from 'solid-js';
import { getMe } from '../lib/auth';
import { createFormState } from '../lib/form-state';
import { t } from '../lib/i18n';
import { areaPaths } from '../lib/paths';
import { markOffered, shouldOfferPush } from '../lib/push/offer';
import { runPushAction } from '../lib/push/push-action';
import { turnOnPush } from '../lib/push/push-api';
import { FormFeedback } from './form-feedback';
import '../styles/push.css';

/**
 * The offer itself, made once on this device (see lib/push/offer). Whatever the answer, the card stays
 * with the outcome in it, and the focus moves to its heading rather than falling off the page.
 */
export default function PushOfferCard() {
  const [offered] = createResource(shouldOfferPush);
  const me = createAsync(() => getMe());
  const action = createFormState();
  const [declined, setDeclined] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  createEffect(() => {
    if (offered()) markOffered();
  });

  const accept = () => {
    const person = me();
    if (!person) return;
    void runPushAction(action, async () => {
      await turnOnPush(person);
      return t('push.enabled');
    }).then((ok) => ok && heading?.focus());
  };
  const decline = () => {
    setDeclined(true);
    heading?.focus();
  };

  return (
    <Show when={offered()}>
      <aside class="push-offer" aria-labelledby="push-offer-title" data-testid="push-offer">
        <h2 id="push-offer-title" tabindex="-1" ref={heading}>
          {t('push.offer.title')}
        </h2>
        <FormFeedback error={action.error()} done={action.done()} />
        <div role="status">
          <Show when={declined()}>
            <p>
              {t('push.offer.declined')} <A href={areaPaths.profile}>{t('push.offer.profile')}</A>
            </p>
          </Show>
        </div>
        <Show when={!declined() && !action.done()}>
          <p>{t('push.offer.body')}</p>
          <p class="actions">
            <button type="button" class="button button-primary" disabled={action.pending()} onClick={accept}>
              {action.pending() ? t('push.enabling') : t('push.offer.accept')}
            </button>
            <button type="button" class="button button-outline" disabled={action.pending()} onClick={decline}>
              {t('push.offer.decline')}
            </button>
          </p>
        </Show>
      </aside>
    </Show>
  );
}
