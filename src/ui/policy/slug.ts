/**
 * Stable, readable anchors for headings (`Cookies we use` → `cookies-we-use`), so links such as `#cookies`
 * keep working from outside. Repeats get `-1`, `-2`, … in document order, skipping any a heading already took
 * (`Cookies`, `Cookies`, `Cookies 1` must not give two `cookies-1`).
 */
export function createSlugger(): (text: string) => string {
  const counts = new Map<string, number>();
  const taken = new Set<string>();
  return (text) => {
    const base =
      text
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s+/g, '-') || 'section';
    let n = counts.get(base) ?? 0;
    let id = base;
    while (taken.has(id)) id = `${base}-${++n}`;
    counts.set(base, n);
    taken.add(id);
    return id;
  };
}
