/** Short safety lessons, per tier, in Vietnamese and English: one on each blocked page, all on the help page. */
import type { TierId } from '../../core/taxonomy.ts';

export interface SafetyLesson {
  id: string;
  tiers: TierId[];
  /** Categories this lesson fits best on a blocked page. */
  topics: string[];
  vi: { title: string; body: string };
  en: { title: string; body: string };
}

const CHILD_TIERS: TierId[] = ['early', 'lower', 'upper'];

export const SAFETY_LESSONS: SafetyLesson[] = [
  {
    id: 'passwords',
    tiers: CHILD_TIERS,
    topics: ['security', 'hacking', 'proxy'],
    vi: {
      title: 'Giữ kín mật khẩu',
      body: 'Mật khẩu giống như chìa khóa nhà. Đừng cho ai biết, kể cả bạn thân. Chỉ bố mẹ hoặc thầy cô được biết.',
    },
    en: {
      title: 'Keep your password secret',
      body: 'A password is like a house key. Do not share it, not even with a best friend. Only your parents or teacher may know it.',
    },
  },
  {
    id: 'privacy',
    tiers: CHILD_TIERS,
    topics: ['social', 'chat', 'dating'],
    vi: {
      title: 'Thông tin riêng là của bạn',
      body: 'Không đăng họ tên đầy đủ, địa chỉ nhà, tên trường, số điện thoại hay ảnh mặc đồng phục lên mạng.',
    },
    en: {
      title: 'Your private details are yours',
      body: 'Do not post your full name, home address, school, phone number or photos in your uniform online.',
    },
  },
  {
    id: 'strangers',
    tiers: CHILD_TIERS,
    topics: ['chat', 'dating', 'grooming', 'adult', 'adult_soft', 'sexual'],
    vi: {
      title: 'Người lạ trên mạng',
      body: 'Nếu ai đó bạn chưa gặp ngoài đời khen bạn quá nhiều, tặng quà, xin ảnh hoặc bảo bạn giữ bí mật với bố mẹ: hãy dừng lại và kể ngay với người lớn.',
    },
    en: {
      title: 'Strangers online',
      body: 'If someone you have never met praises you a lot, sends gifts, asks for photos or says to keep secrets from your parents: stop and tell an adult right away.',
    },
  },
  {
    id: 'bullying',
    tiers: CHILD_TIERS,
    topics: ['harassment', 'hate', 'profanity', 'violence'],
    vi: {
      title: 'Khi bị bắt nạt trên mạng',
      body: 'Đừng trả lời lại. Chụp màn hình, chặn người đó và kể với người lớn bạn tin tưởng. Bị bắt nạt không phải lỗi của bạn.',
    },
    en: {
      title: 'If you are bullied online',
      body: 'Do not reply. Take a screenshot, block the person and tell an adult you trust. Being bullied is never your fault.',
    },
  },
  {
    id: 'scams',
    tiers: CHILD_TIERS,
    topics: ['scam', 'security', 'piracy', 'shortener'],
    vi: {
      title: 'Cẩn thận lừa đảo',
      body: '"Việc nhẹ lương cao", trúng thưởng, hay cuộc gọi tự xưng công an đòi chuyển tiền đều là lừa đảo. Không bấm link lạ, không chuyển tiền, hỏi bố mẹ trước.',
    },
    en: {
      title: 'Watch out for scams',
      body: '"Easy job, high pay", prize wins, or calls from "police" asking for money are scams. Do not click strange links or send money; ask your parents first.',
    },
  },
  {
    id: 'gambling',
    tiers: CHILD_TIERS,
    topics: ['gambling'],
    vi: {
      title: 'Quảng cáo cờ bạc',
      body: 'Các trang "nhà cái", "nổ hũ", "tài xỉu" hứa thắng dễ nhưng luôn làm người chơi mất tiền. Cờ bạc trên mạng là vi phạm pháp luật.',
    },
    en: {
      title: 'Gambling ads',
      body: 'Betting and jackpot sites promise easy wins but players always lose money. Online gambling is against the law in Viet Nam.',
    },
  },
  {
    id: 'tell-someone',
    tiers: CHILD_TIERS,
    topics: ['self_harm', 'drugs', 'violence', 'weapons', 'cults'],
    vi: {
      title: 'Hãy kể với ai đó',
      body: 'Nếu bạn thấy buồn, sợ hãi hoặc gặp điều gì lạ trên mạng, hãy kể với bố mẹ, thầy cô hoặc gọi 111. Luôn có người sẵn lòng lắng nghe bạn.',
    },
    en: {
      title: 'Tell someone',
      body: 'If you feel sad, scared or see something strange online, tell a parent or teacher, or call 111. Someone is always ready to listen.',
    },
  },
  {
    id: 'healthy-time',
    tiers: ['early', 'lower'],
    topics: ['games', 'social'],
    vi: {
      title: 'Chơi vừa đủ',
      body: 'Sau 30–45 phút trước màn hình, hãy đứng dậy, vận động và nghỉ mắt. Trò chơi vui nhất khi bạn vẫn có thời gian cho bạn bè và gia đình.',
    },
    en: {
      title: 'Play just enough',
      body: 'After 30–45 minutes on screen, stand up, move around and rest your eyes. Games are best when there is still time for friends and family.',
    },
  },
];

/** The lesson a blocked page shows: one matching the category and tier, else the first for the tier. */
export function lessonFor(category: string, tier: TierId): SafetyLesson {
  const forTier = SAFETY_LESSONS.filter((l) => l.tiers.includes(tier));
  const pool = forTier.length ? forTier : SAFETY_LESSONS;
  return pool.find((l) => l.topics.includes(category)) ?? (pool[0] as SafetyLesson);
}
