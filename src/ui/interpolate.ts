import type { ComponentChildren } from 'preact';

/**
 * A translation made with a mark for each value (`\0` and the value's index), with each value in its mark's place,
 * where a string would lose what the element says: a site's name in <bdi> keeps its full stop at its end inside
 * Arabic, and a title the site gave only in English says so inside French.
 */
export const interpolate = (text: string, values: ComponentChildren[]) => text.split(/\0(\d)/).map((part, i) => (i % 2 ? values[+part] : part));
