/** Lets a held-back embed load: its `data-src` becomes its `src`. */
export const loadEmbed = (frame: Element): void => frame.setAttribute('src', frame.getAttribute('data-src')!);
