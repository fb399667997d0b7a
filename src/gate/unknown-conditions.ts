import type { ConsentState } from '../core/consent-state.js';

/**
 * Warns about `data-assent` markup that doesn't do what it looks like it does, which nothing else would say: a
 * condition that names no category (or no service of it) leaves a tag that never runs, or always runs after a
 * decision when negated; and a script that isn't `text/plain`, or an iframe that keeps its `src`, runs before
 * consent. The engine checks once the page is parsed, which is every first visit, so a site sees it while it is
 * being set up.
 */
export function warnUnknownConditions(doc: Document, known: ConsentState['known'], console: Pick<Console, 'warn'>): void {
  const check = () => {
    const unknown = new Set<string>();
    for (const el of Array.from(doc.querySelectorAll('script[data-assent], iframe[data-assent]'))) {
      const condition = el.getAttribute('data-assent')!;
      const name = el.localName;
      // A live copy of a released script carries the condition too, and has run as it should.
      const why =
        name == 'script'
          ? !/^text\/(plain|assent-)/i.test((el as HTMLScriptElement).type) && !el.hasAttribute('data-assent-ran') && 'runs before consent: gated scripts need type="text/plain".'
          : el.hasAttribute('src') && !el.hasAttribute('data-src') && 'loads before consent: give its address as data-src, not src.';
      if (why) console.warn(`Assent: <${name} data-assent="${condition}"> ${why}`);
      else if (!known(condition.replace(/^!/, ''))) unknown.add(condition);
    }
    for (const condition of unknown) console.warn(`Assent: data-assent="${condition}" names no category or service of the config.`);
  };
  if (doc.readyState == 'loading') doc.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
