import type { TransparencyMessages } from './transparency-it';

/** English messages of the transparency pages: the same keys as transparency-it.ts, all of them. */
export const transparencyEn: TransparencyMessages = {
  'transparency.title': 'Response times',
  'transparency.intro':
    'How long the offices take to decide on the requests made online, service by service, over the last {days} days.',
  'transparency.organization': 'Organization',
  'transparency.show': 'Show',
  'transparency.noOrganizations': 'There are no organizations whose response times can be shown yet.',
  'transparency.period': '{organization}, from {from} to {to}',
  'transparency.summary': 'At a glance',
  'transparency.received': 'Requests received',
  'transparency.decided': 'Requests decided',
  'transparency.median': 'Median time to a decision',
  'transparency.p90': 'Time within which 90% of requests are decided',
  'transparency.within': 'Decided within the legal time limit',
  'transparency.byService': 'Service by service',
  'transparency.caption': 'Response times by service of {organization}, from {from} to {to}',
  'transparency.col.service': 'Service',
  'transparency.col.deadline': 'Legal time limit',
  'transparency.col.received': 'Received',
  'transparency.col.decided': 'Decided',
  'transparency.col.median': 'Median time',
  'transparency.col.p90': '90th percentile',
  'transparency.col.within': 'Decided within the limit',
  'transparency.total': 'Total',
  'transparency.noServices': 'This organization has no services that can be requested online yet.',
  'transparency.dashNote': 'A dash "—" means that no request was decided in the period.',
  'transparency.deadline.calendar.one': '{count} calendar day',
  'transparency.deadline.calendar.other': '{count} calendar days',
  'transparency.deadline.working.one': '{count} working day',
  'transparency.deadline.working.other': '{count} working days',
  'transparency.explain.title': 'How to read the figures',
  'transparency.explain.received': 'The requests made online in the period, whatever their status today.',
  'transparency.explain.decided':
    'The requests the office decided on in the period, approving or rejecting them, even if they were made earlier.',
  'transparency.explain.median':
    'The days from submission to decision, suspended days included: half of the decided requests got an answer sooner, half later.',
  'transparency.explain.p90':
    'Nine decided requests out of ten got an answer within this time: it tells how long the slowest cases may take.',
  'transparency.explain.within':
    "The share of decisions that came within the service's legal time limit, counted as explained below.",
  'transparency.explain.none':
    'When no request was decided in the period there is no time to compute: a "—" stands in for the number.',
  'transparency.law.title': 'The legal time limit',
  'transparency.law.body':
    'Every procedure must end with an express decision within a set time limit (art. 2, Law 241/1990); unless another is set, the limit is 30 days. The table gives the limit of each service, counted from the day after submission.',
  'transparency.law.calendar':
    'Calendar days: every day counts; if the limit falls on a Saturday, a Sunday or a public holiday, it moves to the next working day.',
  'transparency.law.working':
    "Working days: Saturdays, Sundays, national public holidays and the patron saint's day do not count.",
  'transparency.law.suspension':
    'When the office asks the citizen for information or documents it does not already hold, the time limit is suspended until the answer arrives (art. 2(7), Law 241/1990): the days of waiting do not count.',
  'transparency.openData.title': 'Open data',
  'transparency.openData.body':
    'The same figures, for every organization, are available as open data that spreadsheets and programs can read.',
  'transparency.openData.csv': 'Download the data as CSV',
  'transparency.openData.json': 'Download the data as JSON',
  'transparency.openData.columns': 'The columns of the files',
  'transparency.openData.columnsIntro':
    'The CSV file has one row for each service of each organization; the JSON file has the list of columns (columns) and one object per row (records) with the same fields.',
  'transparency.openData.caption': 'Columns of the open-data files on response times',
  'transparency.openData.col.name': 'Column',
  'transparency.openData.col.meaning': 'Content',
  'transparency.column.organization': "The organization's code",
  'transparency.column.service': "The service's code",
  'transparency.column.service_title': "The service's name, in Italian",
  'transparency.column.window_from': 'First day of the period (YYYY-MM-DD)',
  'transparency.column.window_to': 'Last day of the period (YYYY-MM-DD)',
  'transparency.column.received': 'Requests received in the period',
  'transparency.column.decided': 'Requests decided in the period',
  'transparency.column.median_days':
    'Median days from submission to decision, to one decimal; empty (null in JSON) when nothing was decided',
  'transparency.column.p90_days':
    'Days within which 90% of requests were decided, to one decimal; empty (null in JSON) when nothing was decided',
  'transparency.column.within_deadline_share':
    'Share of decisions within the time limit, from 0 to 1; empty (null in JSON) when nothing was decided',
  'transparency.column.deadline_days': "The service's legal time limit, in days",
  'transparency.column.deadline_kind': 'How the days of the limit are counted: calendar or working',
};
