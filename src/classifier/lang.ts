/** Language detection vi / en / other from function words and Vietnamese diacritics. */
import { LETTER, hashString } from '../core/text/index.ts';
import type { TokenStream } from '../core/text/index.ts';
import type { Lang } from './types.ts';

// Frequent Vietnamese syllables (diacritic-free) that are not common English words.
const VI_WORDS =
  'khong nguoi duoc nhung cua mot trong cho voi cac nay lam gi thi nhu cung den rat nhieu biet toi anh em ' +
  'chung nam ngay viec nhat hoc nha cai xem choi vay roi dang phai sao minh may tao chi ong ba cau hay ' +
  'thanh pho nuoc viet tai tien mua ban dau thay noi lai nen vao tren duoi sau truoc khi neu vi qua ' +
  'moi ai dung luc con va la co da se bi tu ve theo cung nhieu gia dinh';
const EN_WORDS =
  'the and of to is in that it for you was with on are this be as at by have from or not but what all ' +
  'were when we there can an your which their if will one about how up out them she he his her they my me';

const viSet = new Set(VI_WORDS.split(' ').map(hashString));
const enSet = new Set(EN_WORDS.split(' ').map(hashString));

/** Detects the dominant language of a token stream. */
export function detectLang(ts: TokenStream): Lang {
  let vi = 0;
  let en = 0;
  const limit = Math.min(ts.count, 2000);
  for (let i = 0; i < limit; i++) {
    const h = ts.hash[i] as number;
    if (viSet.has(h)) vi++;
    else if (enSet.has(h)) en++;
  }
  const { folded, plain, kind } = ts.norm;
  const scan = Math.min(ts.norm.length, 20000);
  let marked = 0;
  let letters = 0;
  for (let i = 0; i < scan; i++) {
    if (kind[i] !== LETTER) continue;
    letters++;
    const f = folded[i] as number;
    if (f !== plain[i] && isVietnameseMarked(f)) marked++;
  }
  if (letters === 0) return 'other';
  if (marked / letters > 0.02) vi += Math.max(2, limit * 0.1);
  if (vi === 0 && en === 0) return 'other';
  return vi >= en ? 'vi' : 'en';
}

/** Letters with diacritics that are (almost) only Vietnamese: ạ-ỹ, đ, ă, ơ, ư, ĩ, ũ. */
function isVietnameseMarked(f: number): boolean {
  return (
    (f >= 0x1ea0 && f <= 0x1ef9) ||
    f === 0x111 ||
    f === 0x103 ||
    f === 0x1a1 ||
    f === 0x1b0 ||
    f === 0x129 ||
    f === 0x169
  );
}
