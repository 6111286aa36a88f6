import type { Lang } from '../../shared/vocab';
import { en } from './en';
import { frPack } from './fr';
import type { LangPack } from './pack';

export type { LangPack, Pos, WordInfo } from './pack';
export { type Token, tokenize } from './tokens';

const PACKS: Record<Lang, LangPack> = { en, fr: frPack };

export function languagePack(lang: Lang): LangPack {
  return PACKS[lang];
}
