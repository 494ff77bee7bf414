/** All phrase lexicons, imported statically so they bundle into the worker. */
import type { LexiconFile } from '../lexicon.ts';
import drugs from './drugs.json';
import gambling from './gambling.json';
import grooming from './grooming.json';
import harassment from './harassment.json';
import hate from './hate.json';
import profanity from './profanity.json';
import scam from './scam.json';
import selfHarm from './self_harm.json';
import sexual from './sexual.json';
import violence from './violence.json';

export const LEXICONS: readonly LexiconFile[] = [
  sexual,
  violence,
  selfHarm,
  drugs,
  gambling,
  hate,
  harassment,
  profanity,
  grooming,
  scam,
] as unknown as LexiconFile[];
