import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { getBookableServices } from '../../lib/booking';
import { usePageTitle } from '../../lib/document';
import { formatList } from '../../lib/format';
import { locale, t } from '../../lib/i18n';
import { bookingPaths } from '../../lib/paths';
import '../../styles/booking.css';

/** /prenota: the services that can be booked online, each leading to the first step of the wizard. */
export default function ChooseService() {
  usePageTitle(() => t('booking.title'));
  const services = createAsync(() => getBookableServices(locale()));

  return (
    <div class="container booking-page" data-page="booking-services">
      <Breadcrumbs items={[{ label: t('booking.title') }]} />
      <h1>{t('booking.title')}</h1>
      <p class="lead">{t('booking.chooseIntro')}</p>
      <p>
        <a href={bookingPaths.mine}>{t('booking.mine.link')}</a>
      </p>
      <h2 id="bookable-services-title">{t('booking.chooseService')}</h2>
      <Show when={(services()?.services.length ?? 0) > 0} fallback={<p class="empty">{t('booking.noServices')}</p>}>
        <ul class="card-grid" aria-labelledby="bookable-services-title">
          <For each={services()?.services}>
            {(service) => (
              <li>
                <article class="card">
                  <h3 class="card-title">
                    <a href={bookingPaths.step(service.slug, 'luogo')}>{service.title}</a>
                  </h3>
                  <p class="card-text">{service.summary}</p>
                  <p class="card-meta">
                    {t('booking.offices', {
                      offices: formatList(
                        service.offices.map((office) => office.name),
                        locale(),
                      ),
                    })}
                  </p>
                </article>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
