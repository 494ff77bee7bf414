/** What the text classifier returns and what the tier decides from it (shared by every context). */
import type { Action, TextCategory } from './taxonomy.ts';

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

/** The tier's decision for one page: the strongest action, and what caused it. */
export interface PageVerdict {
  action: Action;
  category?: TextCategory;
  score: number;
  /** A short excerpt around the strongest evidence, for the adults' log. */
  excerpt?: string;
}
