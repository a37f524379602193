/** The staff console's pages: one chunk, loaded with the "desk" strings, since staff move between them. */

export { default as DeskLanding } from './landing';
export { default as DeskArea } from './layout';
export { default as OfficePage } from './office-page';
export { default as QueuePage } from './queue-page';
export { default as RequestPage } from './request-page';
