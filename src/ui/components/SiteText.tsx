import { languageAttributes } from '../language-attributes.js';
import type { LocalText } from '../localize.js';
import { useUi } from '../ui-context.js';

/**
 * A text from the site's config, in <bdi>: one that runs the other way (English inside Arabic) keeps its own
 * direction, and its full stop stays at its end. One the site gave in another language only says which.
 */
export function SiteText({ value, id }: { value: LocalText; id?: string }) {
  return (
    <bdi id={id} {...languageAttributes(useUi(), value.lang)}>
      {value.text}
    </bdi>
  );
}
