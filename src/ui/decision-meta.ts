import type { DecisionMeta } from '../core/types.js';
import { textHash } from '../shared/text-hash.js';

/**
 * What a decision made in the interface keeps of what the visitor read: the language, the texts themselves and
 * their hash. The texts make a proof record stand on its own (GDPR Art. 7(1): consent given through which wording);
 * the hash lets a site's log keep one copy of each wording and check it with `textHash` from `assent/server`.
 */
export const decisionMeta = (language: string, texts: string[]): DecisionMeta => ({ language, textHash: textHash(texts), texts });
