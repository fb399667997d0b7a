/** An RFC 6265 cookie-name token: what a consent cookie may be called. */
export const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A domain a cookie can be set for (`example.com`, `.example.com`): what `cookie.domain` may be. */
export const COOKIE_DOMAIN = /^\.?([a-z\d-]+\.)*[a-z\d-]+$/i;
