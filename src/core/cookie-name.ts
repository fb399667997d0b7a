/** An RFC 6265 cookie-name token: what a consent cookie may be called. */
export const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
