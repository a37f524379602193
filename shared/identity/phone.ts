/** A phone number as people type it: digits with an optional leading +, spaces, dots, dashes, brackets. */
export const phoneNumberPattern = /^\+?[0-9 ().-]{6,20}$/;
