import { createSignal, onMount, Show } from 'solid-js';
import { locale, t } from '../../lib/i18n';

/**
 * "Prenota appuntamento" in "Accedi al servizio", for a service that can be booked online. Asked for
 * after the page is on screen and outside any Suspense: the page never waits for it, and a failure
 * just leaves the button out.
 */
export function BookButton(props: { service: string }) {
  const [bookable, setBookable] = createSignal(false);
  onMount(() => {
    import('../../lib/booking')
      .then((module) => module.getBookableServices(locale()))
      .then((list) => setBookable(list.services.some((entry) => entry.slug === props.service)))
      .catch(() => setBookable(false));
  });
  return (
    <Show when={bookable()}>
      <p>
        <a class="button button-primary" href={`/prenota/${props.service}/luogo`} data-element="service-booking-access">
          {t('book.cta')}
        </a>
      </p>
    </Show>
  );
}
