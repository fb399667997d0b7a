/** A letter, then up to 31 letters, digits, `_` or `-`: safe in the cookie value and as an object key. */
const ID = /^[A-Za-z][\w-]{0,31}$/;
/** Names every object already has: as ids they would hide its own methods from code that reads the choice. */
const FORBIDDEN = ['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Whether `v` may name a category or a service: the config accepts these, and a stored choice holds only these. */
export const isSafeId = (v: unknown): v is string => typeof v === 'string' && ID.test(v) && !FORBIDDEN.includes(v);
