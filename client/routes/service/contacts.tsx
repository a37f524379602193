import { For, Show } from 'solid-js';
import type { Office, ServiceDetail } from '../../../shared/catalog/api';
import { weekdays } from '../../../shared/catalog/weekdays';
import { formatTimeRange, weekdayName } from '../../lib/format';
import { locale, t } from '../../lib/i18n';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** "Contatti": the responsible organization (Modello Comuni "service-area") and its offices. */
export function Contacts(props: { service: ServiceDetail }) {
  return (
    <>
      <div class="contact-card" data-element="service-area">
        <p class="card-kicker">{t('service.provider')}</p>
        <h3>{props.service.organization.name}</h3>
        <dl class="contact-list">
          <dt>{t('contact.phone')}</dt>
          <dd>
            <a href={telHref(props.service.organization.phone)}>{props.service.organization.phone}</a>
          </dd>
          <dt>{t('contact.email')}</dt>
          <dd>
            <a href={`mailto:${props.service.organization.email}`}>{props.service.organization.email}</a>
          </dd>
          <dt>{t('contact.pec')}</dt>
          <dd>
            <a href={`mailto:${props.service.organization.pec}`}>{props.service.organization.pec}</a>
          </dd>
          <dt>{t('contact.website')}</dt>
          <dd>
            <a href={props.service.organization.website} rel="noopener" target="_blank">
              {props.service.organization.website.replace(/^https?:\/\//, '')}
              <span class="sr-only"> {t('contact.newWindow')}</span>
            </a>
          </dd>
        </dl>
      </div>
      <Show when={props.service.offices.length > 0}>
        <h3 class="offices-title">{t('service.offices')}</h3>
        <ul class="office-list">
          <For each={props.service.offices}>{(office) => <OfficeCard office={office} />}</For>
        </ul>
      </Show>
    </>
  );
}

function OfficeCard(props: { office: Office }) {
  const mapUrl = () =>
    `https://www.openstreetmap.org/?mlat=${props.office.latitude}&mlon=${props.office.longitude}#map=18/${props.office.latitude}/${props.office.longitude}`;
  return (
    <li class="contact-card office-card">
      <h4>{props.office.name}</h4>
      <dl class="contact-list">
        <dt>{t('contact.address')}</dt>
        <dd>
          <address>
            {props.office.address.street}, {props.office.address.postalCode} {props.office.address.city} (
            {props.office.address.province})
          </address>
          <a href={mapUrl()} rel="noopener" target="_blank">
            {t('contact.map')}
            <span class="sr-only"> {t('contact.newWindow')}</span>
          </a>
        </dd>
        <dt>{t('contact.phone')}</dt>
        <dd>
          <a href={telHref(props.office.phone)}>{props.office.phone}</a>
        </dd>
        <dt>{t('contact.email')}</dt>
        <dd>
          <a href={`mailto:${props.office.email}`}>{props.office.email}</a>
        </dd>
      </dl>
      <OpeningHours office={props.office} />
      <h5>{t('contact.accessibility')}</h5>
      <p>{props.office.accessibility}</p>
    </li>
  );
}

function OpeningHours(props: { office: Office }) {
  return (
    <table class="hours">
      <caption>{t('contact.hours')}</caption>
      <thead class="sr-only">
        <tr>
          <th scope="col">{t('contact.day')}</th>
          <th scope="col">{t('contact.time')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={weekdays}>
          {(day) => {
            const ranges = () => props.office.openingHours[day] ?? [];
            return (
              <tr classList={{ closed: ranges().length === 0 }}>
                <th scope="row">{weekdayName(day, locale())}</th>
                <td>
                  {ranges().length === 0
                    ? t('contact.closed')
                    : ranges()
                        .map((range) => formatTimeRange(range.opens, range.closes))
                        .join(` ${t('contact.and')} `)}
                </td>
              </tr>
            );
          }}
        </For>
      </tbody>
      <Show when={props.office.timeZone !== browserZone}>
        <tfoot>
          <tr>
            <td colspan="2">{t('contact.timeZone', { zone: props.office.timeZone })}</td>
          </tr>
        </tfoot>
      </Show>
    </table>
  );
}
