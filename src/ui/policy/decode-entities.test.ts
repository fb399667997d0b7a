import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';

describe('decodeEntities', () => {
  it('turns character references into characters and leaves unknown ones as written', () => {
    expect(decodeEntities('a &amp; b &lt;i&gt; &#169; &#x2014; &bogus;')).toBe('a & b <i> © — &bogus;');
  });

  it('decodes the named references of French, German and other European text', () => {
    expect(decodeEntities('&laquo;&nbsp;Donn&eacute;es&nbsp;&raquo; &agrave; &Eacute;tat &ccedil;a &oelig;uvre &ecirc;tre &icirc;le')).toBe(
      '«\u00a0Données\u00a0» à État ça œuvre être île',
    );
    expect(decodeEntities('Gr&uuml;&szlig;e &Auml;nderung &bdquo;Cookies&ldquo; &sect;&nbsp;25 TTDSG')).toBe('Grüße Änderung „Cookies“ §\u00a025 TTDSG');
    expect(decodeEntities('&copy; 2026 Acme&reg; &trade; &ndash; &mdash; &hellip; 10&nbsp;&euro; &pound;5 20&deg;C &para;')).toBe(
      '© 2026 Acme® ™ – — … 10\u00a0€ £5 20°C ¶',
    );
    expect(decodeEntities('&lsquo;a&rsquo; &ntilde; &aring; &oslash; &scaron; &zcaron; &aogon; &odblac; &abreve; &zdot; &lstrok; &frac12;')).toBe(
      '‘a’ ñ å ø š ž ą ő ă ż ł ½',
    );
  });

  it('keeps names case-sensitive and leaves made-up or inherited names as written', () => {
    expect(decodeEntities('&eacute; &Eacute; &EACUTE;')).toBe('é É &EACUTE;');
    expect(decodeEntities('&xcirc; &qacute; &acutex; &constructor; &toString; &hasOwnProperty;')).toBe(
      '&xcirc; &qacute; &acutex; &constructor; &toString; &hasOwnProperty;',
    );
  });
});
