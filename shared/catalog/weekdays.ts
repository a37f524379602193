/** Days of the opening-hours week, Monday first as Italian calendars have it; zod-free for the client. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];
