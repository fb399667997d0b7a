import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href.js';

describe('safeHref', () => {
  it('keeps http(s), mailto and relative links', () => {
    for (const href of ['https://example.com/a', 'http://x.test', 'mailto:dpo@example.com', '/privacy', '#cookies', 'terms.html', '//cdn.example.com/x']) {
      expect(safeHref(href)).toBe(href);
    }
  });

  it('drops script, data and other schemes, however they are disguised', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '']) {
      expect(safeHref(href)).toBeUndefined();
    }
  });

  it('never gives back a scheme it did not check: a leading Unicode space stays where the parser left it', () => {
    for (const space of ['\u00a0', '\ufeff', '\u2028', '\u3000']) {
      const given = `${space}javascript:alert(1)`;
      // The parser reads it as a relative path, and that is exactly what the link gets: the string checked.
      expect(safeHref(given)).toBe(given);
      expect(new URL(safeHref(given)!, 'https://site.test/').protocol).toBe('https:');
    }
  });
});
