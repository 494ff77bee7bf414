/** The classifier itself: normalise once, match lexicons, score the model, combine. */
import { TextScratch, tokenize } from '../core/text/index.ts';
import { Lexicon } from './lexicon.ts';
import type { LexiconFile } from './lexicon.ts';
import { LinearModel } from './model.ts';
import type { ModelArtifact } from './model.ts';
import { detectLang } from './lang.ts';
import { combine } from './scoring.ts';
import type { ClassificationResult, Classifier, ClassifyOptions } from './types.ts';

/** Builds a classifier from lexicon files and a model artifact. */
export function createClassifier(
  lexicons: readonly LexiconFile[],
  artifact: ModelArtifact,
): Classifier {
  // The model first: its weight decoding is one long loop, which the JIT optimises sooner
  // before the lexicon compilation has queued up other functions.
  const model = new LinearModel(artifact);
  const lexicon = new Lexicon(lexicons);
  // Reused by every call: nothing of the token stream outlives classify().
  const scratch = new TextScratch();
  return {
    classify(text: string, _options?: ClassifyOptions): ClassificationResult {
      const ts = tokenize(text, scratch);
      const lex = lexicon.match(ts);
      const out = model.score(ts);
      const { scores, evidence } = combine(ts, lex, out, model.heads);
      return { scores, evidence, lang: detectLang(ts) };
    },
  };
}
