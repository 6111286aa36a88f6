import { blame } from './blame';
import { commanding } from './commanding';
import { contempt } from './contempt';
import { guilt } from './guilt';
import { hedging } from './hedging';
import { intimidation } from './intimidation';
import { placeholder } from './placeholder';
import { pointedQuestion } from './pointed-question';
import type { Rule } from './rule';
import { sarcasm } from './sarcasm';
import { shouting } from './shouting';
import { threat } from './threat';
import { vagueCallToAction } from './vague-cta';
import { vagueReference } from './vague-reference';
import { vagueTime } from './vague-time';

/** Every phrase rule, in the order their findings are preferred when two overlap. */
export const RULES: readonly Rule[] = [
  intimidation,
  threat,
  blame,
  contempt,
  sarcasm,
  guilt,
  pointedQuestion,
  commanding,
  shouting,
  vagueReference,
  vagueTime,
  vagueCallToAction,
  hedging,
  placeholder,
];
