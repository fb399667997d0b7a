import type { ConsentModel } from '../core/model.js';

/**
 * Warns about `data-assent` conditions that name no category (or no service of it) in the config: a typo there
 * leaves a tag that never runs, or always runs after a decision when negated, and nothing else would say so. The
 * engine checks once at start, which is every first visit, so a site sees it while it is being set up.
 */
export function warnUnknownConditions(doc: Document, model: ConsentModel, console: Pick<Console, 'warn'>): void {
  const unknown = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('script[type="text/plain"][data-assent], iframe[data-assent]'))) {
    const condition = el.getAttribute('data-assent')!;
    const [id, service] = condition.replace(/^!/, '').split('.');
    const category = model.categories.find((c) => c.id === id);
    if (!category || (service !== undefined && !category.services.some((s) => s.id === service))) unknown.add(condition);
  }
  for (const condition of unknown) console.warn(`Assent: data-assent="${condition}" names no category or service of the config.`);
}
