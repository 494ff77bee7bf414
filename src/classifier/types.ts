/** The classifier's public contract: used by the worker, the CLI, the background and the tests. */
import type { TextCategory } from '../core/taxonomy.ts';

export type Lang = 'vi' | 'en' | 'other';

/** A span of the ORIGINAL input text (UTF-16 offsets) that made a category score. */
export interface EvidenceSpan {
  start: number;
  end: number;
  category: TextCategory;
}

export interface ClassificationResult {
  /** Every text category, each in [0, 1]. */
  scores: Record<TextCategory, number>;
  evidence: EvidenceSpan[];
  lang: Lang;
}

export interface ClassifyOptions {
  /** Search queries are short and get a lower threshold in the tier (`threshold.query`). */
  kind?: 'page' | 'query';
}

export interface Classifier {
  classify(text: string, options?: ClassifyOptions): ClassificationResult;
}
