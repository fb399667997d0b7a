/**
 * A short, stable fingerprint (FNV-1a, 32 bit) of the texts a visitor was shown, kept with the decision so a site
 * can later prove which wording was agreed to (GDPR Art. 7(1)). Not a security hash: it only tells texts apart.
 */
export function textHash(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of texts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
