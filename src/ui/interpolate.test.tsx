import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate.js';

describe('interpolate', () => {
  it('puts each value in the place its mark holds in the translation, in whatever order the translation has them', () => {
    const { container } = render(<p>{interpolate('\u00001 wartet auf \u00000.', [<b>Karte</b>, <i>Werbung</i>])}</p>);
    expect(container.innerHTML).toBe('<p><i>Werbung</i> wartet auf <b>Karte</b>.</p>');
  });

  it('shows a translation without marks as it is', () => {
    expect(interpolate('Datenschutz', [<b>Acme</b>])).toEqual(['Datenschutz']);
  });
});
