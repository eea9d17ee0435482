/** A problem found in a content file, with where it is and how to fix it. */
export interface ContentProblem {
  /** Path relative to the repository root, with forward slashes, e.g. `content/news/kk/x.md`. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Short rule id, e.g. `ascii-quotes`, `schema`, `image-metadata`. */
  rule: string;
  /** What is wrong and the fix, in plain words. */
  message: string;
}
