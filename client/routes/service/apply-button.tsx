import { createSignal, onMount, Show } from 'solid-js';
import { loadMessagePart, t } from '../../lib/i18n';

/**
 * "Compila la domanda online" in "Accedi al servizio", for a service with an online form. Its words are
 * in the requests part of the catalog, loaded only for such services (and ready for the form after it);
 * until they arrive, or if they cannot, the button stays out rather than showing a bare key.
 */
export function ApplyButton(props: { service: string; onlineForm: boolean }) {
  const [ready, setReady] = createSignal(false);
  onMount(() => {
    if (!props.onlineForm) return;
    loadMessagePart('requests')
      .then(() => setReady(true))
      .catch(() => setReady(false));
  });
  return (
    <Show when={props.onlineForm && ready()}>
      <p>
        <a class="button button-primary" href={`/pratiche/nuova/${props.service}`} data-element="service-online-form">
          {t('requests.service.apply')}
        </a>
      </p>
    </Show>
  );
}
