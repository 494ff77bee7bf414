import { describe, expect, it } from 'vitest';
import { TEXT_CATEGORIES } from '../core/taxonomy.ts';
import { decide, loadClassifier } from './index.ts';

const classifier = loadClassifier();
const score = (text: string, category: (typeof TEXT_CATEGORIES)[number]): number =>
  classifier.classify(text).scores[category];

describe('loadClassifier', () => {
  it('is memoised', () => {
    expect(loadClassifier()).toBe(classifier);
  });

  it('scores all ten categories in [0, 1]', () => {
    const r = classifier.classify('xin chào các bạn');
    expect(Object.keys(r.scores).sort()).toEqual([...TEXT_CATEGORIES].sort());
    for (const c of TEXT_CATEGORIES) {
      expect(r.scores[c]).toBeGreaterThanOrEqual(0);
      expect(r.scores[c]).toBeLessThanOrEqual(1);
    }
  });

  it('flags Vietnamese gambling text with and without diacritics', () => {
    const vi = 'Nhà cái uy tín, tỷ lệ kèo bóng đá hôm nay, nạp tiền nhận thưởng';
    const plain = 'nha cai uy tin, ty le keo bong da hom nay, nap tien nhan thuong';
    for (const text of [vi, plain]) {
      expect(decide(classifier.classify(text), 'lower', 'page')).toMatchObject({
        action: 'block',
        category: 'gambling',
      });
    }
  });

  it('does not flag news about a gambling arrest', () => {
    const news =
      'Công an tỉnh Bắc Ninh triệt phá đường dây đánh bạc online, cá độ bóng đá qua mạng. Cơ quan điều tra đã khởi tố vụ án, bắt tạm giam 12 bị can về tội tổ chức đánh bạc.';
    expect(score(news, 'gambling')).toBeLessThan(0.5);
    expect(decide(classifier.classify(news), 'early', 'page').action).toBe('none');
  });

  it('dilutes one mention in a long benign page but flags a dense gambling page', () => {
    const filler = 'Hà Nội là thủ đô của Việt Nam, có nhiều di tích lịch sử và văn hóa. '.repeat(
      3000,
    );
    expect(score(`${filler} tỷ lệ kèo nhà cái ${filler}`, 'gambling')).toBeLessThan(0.5);
    const dense =
      'Kèo nhà cái hôm nay, soi kèo, tỷ lệ kèo, casino online, nổ hũ, tài xỉu, game bài đổi thưởng, link vào nhà cái go88 fb88 w88. '.repeat(
        50,
      );
    expect(score(dense, 'gambling')).toBeGreaterThan(0.9);
  });

  it('returns evidence spans that point at the matched words in the original text', () => {
    const text = 'Hôm nay xem  PHIM   SEX  ở đâu?';
    const r = classifier.classify(text);
    const spans = r.evidence
      .filter((e) => e.category === 'sexual')
      .map((e) => text.slice(e.start, e.end));
    expect(spans).toContain('PHIM   SEX');
  });

  it('detects vi, en and other', () => {
    expect(classifier.classify('Tôi đang học ở trường').lang).toBe('vi');
    expect(classifier.classify('khong biet nguoi do la ai').lang).toBe('vi');
    expect(classifier.classify('This is a page about the weather').lang).toBe('en');
    expect(classifier.classify('123 456 !!!').lang).toBe('other');
    expect(classifier.classify('東京は日本の首都です').lang).toBe('other');
  });

  it('catches self-harm but not a suicide-prevention page', () => {
    expect(score('mình chán sống lắm rồi, chỉ muốn chết cho xong', 'self_harm')).toBeGreaterThan(
      0.8,
    );
    const prevention =
      'Nếu bạn có ý nghĩ tự tử, hãy gọi đường dây nóng 111 để được tư vấn và hỗ trợ tâm lý. Phòng ngừa tự tử cần sự chung tay của gia đình.';
    expect(score(prevention, 'self_harm')).toBeLessThan(0.5);
  });
});
