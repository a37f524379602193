/**
 * The online form's pages as one chunk: a citizen who starts a request goes through all of them, and one
 * chunk keeps the entry's table of lazy files (and so the home page) small.
 */
export { default as CheckPage } from './check-page';
export { default as QuestionPage } from './question-page';
export { default as StartPage } from './start-page';
