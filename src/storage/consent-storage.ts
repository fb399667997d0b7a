/** Where the encoded consent value lives. The cookie adapter is one implementation; memory is another. */
export interface ConsentStorage {
  read(): string | undefined;
  /**
   * Returns false when the value could not be stored (cookies blocked), so the caller can keep it in memory.
   * `expires` is when the choice it holds runs out: a value written again for the same choice keeps its date.
   */
  write(value: string, expires?: Date): boolean;
  clear(): void;
  /**
   * Optional: every value held, where storage can hold more than one (the browser sends each copy of a cookie set
   * on another path or domain). `read()` gives none of them when they differ; these still say what was refused.
   */
  copies?(): string[];
}
