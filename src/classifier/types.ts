/** The classifier's public contract: defined in core so every context can speak it. */
export type {
  ClassificationResult,
  Classifier,
  ClassifyOptions,
  EvidenceSpan,
  Lang,
} from '../core/classification.ts';
