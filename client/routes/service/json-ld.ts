import type { Office, ServiceDetail } from '../../../shared/catalog/api';
import type { Weekday } from '../../../shared/catalog/content';
import { weekdays } from '../../../shared/catalog/weekdays';
import { parseRichText } from '../../../shared/rich-text';

/**
 * schema.org GovernmentService for a service page, with the keys the Modello Comuni validator reads
 * (name, serviceType, serviceOperator.name, areaServed.name, audience.name, availableChannel).
 */
const schemaDays: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

function firstParagraph(text: string): string {
  const first = parseRichText(text)[0];
  if (!first) return text;
  return first.type === 'paragraph' ? first.text : first.items.join('; ');
}

function channel(office: Office, serviceUrl: string) {
  return {
    '@type': 'ServiceChannel',
    name: office.name,
    serviceUrl,
    servicePhone: { '@type': 'ContactPoint', telephone: office.phone, email: office.email },
    serviceLocation: {
      '@type': 'GovernmentOffice',
      name: office.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: office.address.street,
        postalCode: office.address.postalCode,
        addressLocality: office.address.city,
        addressRegion: office.address.province,
        addressCountry: 'IT',
      },
      geo: { '@type': 'GeoCoordinates', latitude: office.latitude, longitude: office.longitude },
      openingHoursSpecification: weekdays.flatMap((day) =>
        (office.openingHours[day] ?? []).map((range) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: schemaDays[day],
          opens: range.opens,
          closes: range.closes,
        })),
      ),
    },
  };
}

export function governmentService(service: ServiceDetail, pageUrl: string, language: string) {
  const organization = {
    '@type': 'GovernmentOrganization',
    name: service.organization.name,
    url: service.organization.website,
    email: service.organization.email,
    telephone: service.organization.phone,
    taxID: service.organization.taxCode,
  };
  const cities = [...new Set(service.offices.map((office) => office.address.city))];
  const channels = service.offices.map((office) => channel(office, pageUrl));
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    serviceType: service.category.name,
    url: pageUrl,
    inLanguage: language,
    dateModified: service.updatedAt,
    provider: organization,
    serviceOperator: organization,
    areaServed: { '@type': 'AdministrativeArea', name: cities.join(', ') || service.organization.name },
    audience: { '@type': 'Audience', name: firstParagraph(service.sections.audience) },
    availableChannel: channels.length === 1 ? channels[0] : channels,
    keywords: service.keywords.join(', '),
  };
}
