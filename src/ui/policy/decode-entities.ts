/**
 * The named references a policy in a European language is likely to use, each name followed by its character.
 * They are listed here rather than looked up through DOMParser or innerHTML, which Trusted Types and strict CSP
 * setups refuse; the full HTML table (over 2,000 names) would cost more than the rest of the viewer.
 */
const NAMED = new Map<string, string>();
for (const [, name, char] of (
  'amp&lt<gt>quot"apos\'nbsp\u00a0ensp\u2002emsp\u2003thinsp\u2009shy\u00adzwnj\u200czwj\u200dlrm\u200erlm\u200f' +
  'szligßAEligÆaeligæOEligŒoeligœOslashØoslashøETHÐethðTHORNÞthornþLstrokŁlstrokłDstrokĐdstrokđ' +
  'lsquo‘rsquo’sbquo‚ldquo“rdquo”bdquo„laquo«raquo»lsaquo‹rsaquo›ndash–mdash—hellip…bull•middot·prime′Prime″' +
  'copy©reg®trade™euro€pound£yen¥cent¢curren¤sect§para¶deg°plusmn±times×divide÷minus−' +
  'frac12½frac14¼frac34¾sup1¹sup2²sup3³microµiexcl¡iquest¿ordfªordmºdagger†Dagger‡permil‰larr←rarr→harr↔'
).matchAll(/([A-Za-z\d]+)([^A-Za-z\d])/g)) {
  NAMED.set(name!, char!);
}

/**
 * Accented letters are a letter and a combining mark (`eacute` is e + U+0301), composed by normalising. Each mark
 * lists the letters HTML has a name for, so `&xcirc;` (◯, not x̂) and made-up names stay as written.
 */
const MARKS = new Map(
  Object.entries({
    acute: '\u0301ACEILNORSUYZacegilnorsuyz',
    grave: '\u0300AEIOUaeiou',
    circ: '\u0302ACEGHIJOSUWYaceghijosuwy',
    tilde: '\u0303AINOUainou',
    uml: '\u0308AEIOUYaeiouy',
    ring: '\u030aAUau',
    cedil: '\u0327CGKLNRSTcklnrst',
    caron: '\u030cCDELNRSTZcdelnrstz',
    ogon: '\u0328AEIUaeiu',
    macr: '\u0304AEIOUaeiou',
    dblac: '\u030bOUou',
    breve: '\u0306AGUagu',
    dot: '\u0307CEGIZcegz',
  }),
);

/**
 * Marked's lexer leaves character references in text as written. They are decoded to plain characters here,
 * never parsed as HTML: the result is only ever rendered as a text node. Names are case-sensitive, as in HTML
 * (`&Eacute;` is É); unknown ones stay as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z\d]*);/gi, (m, ref: string) => {
    if (ref[0] !== '#') {
      const mark = MARKS.get(ref.slice(1));
      return NAMED.get(ref) ?? (mark?.includes(ref[0]!, 1) ? (ref[0]! + mark[0]).normalize() : m);
    }
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
