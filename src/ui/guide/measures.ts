/**
 * The guide for parents and teachers: the measures schools are asked to take, and how KidShield
 * helps with each (Vietnamese and English). One entry per measure.
 */
export interface Measure {
  id: string;
  vi: { title: string; points: string[] };
  en: { title: string; points: string[] };
}

export const MEASURES: Measure[] = [
  {
    id: 'filter-by-age',
    vi: {
      title: 'Theo dõi, chặn và lọc nội dung theo lứa tuổi',
      points: [
        'Chọn hồ sơ theo cấp học cho từng lớp: Mầm non–Tiểu học, THCS, THPT. Mỗi cấp chặn một nhóm trang khác nhau.',
        'Thêm trang cần chặn hoặc cần mở cho bài học trong danh sách riêng; chế độ "bài học" chỉ mở đúng các trang của tiết học.',
        'Ở phòng máy, bộ phận tin học nên cài đặt KidShield bằng chính sách trình duyệt để học sinh không gỡ được.',
      ],
    },
    en: {
      title: 'Monitor, block and filter by age',
      points: [
        'Give each class the profile of its school level: pre-school and primary, lower secondary, upper secondary. Each level blocks a different set of sites.',
        'Add sites to block or to open for a lesson in the custom lists; lesson mode opens only the sites of the lesson.',
        'In a computer lab, IT staff should install KidShield through browser policy so pupils cannot remove it.',
      ],
    },
  },
  {
    id: 'detect-promptly',
    vi: {
      title: 'Phát hiện sớm thông tin có hại',
      points: [
        'Bảng theo dõi cho thấy trang bị chặn, trang bị cảnh báo và lời nhắn của học sinh theo ngày, theo nhóm và theo lớp.',
        'Tự gây hại và dụ dỗ trẻ em luôn báo ngay cho người lớn; có thể chọn thêm nhóm khác cần báo.',
        'Xem các sự việc có đánh dấu đỏ mỗi ngày, đánh dấu "đã xem" và trao đổi riêng, nhẹ nhàng với em có liên quan.',
      ],
    },
    en: {
      title: 'Detect harmful information promptly',
      points: [
        'The dashboard shows blocked pages, warnings and pupils’ messages by day, category and class.',
        'Self-harm and grooming always alert an adult at once; you can add other categories.',
        'Look at the red-marked incidents every day, mark them reviewed, and talk privately and kindly with the child concerned.',
      ],
    },
  },
  {
    id: 'safe-online-teaching',
    vi: {
      title: 'Dạy học trực tuyến an toàn',
      points: [
        'Bật chế độ bài học trong giờ học trực tuyến để chỉ mở trang học tập của tiết đó.',
        'Không chia sẻ đường dẫn lớp học công khai; dùng phòng học có mật khẩu và phòng chờ.',
        'Nhắc học sinh không gửi ảnh, số điện thoại hay địa chỉ trong phần trò chuyện của lớp.',
      ],
    },
    en: {
      title: 'Teach online safely',
      points: [
        'Turn on lesson mode during an online class so only that lesson’s sites open.',
        'Do not post class links publicly; use meeting rooms with a password and a waiting room.',
        'Remind pupils not to share photos, phone numbers or addresses in the class chat.',
      ],
    },
  },
  {
    id: 'teach-skills',
    vi: {
      title: 'Dạy kỹ năng sử dụng Internet an toàn',
      points: [
        'Mỗi trang bị chặn có một bài học ngắn; trang trợ giúp có tất cả các bài theo lứa tuổi.',
        'Dùng các bài học làm chủ đề sinh hoạt lớp: mật khẩu, thông tin riêng, người lạ, bắt nạt trên mạng, lừa đảo "việc nhẹ lương cao" và cuộc gọi giả danh công an, quảng cáo cờ bạc.',
        'Khen ngợi khi học sinh kể lại điều làm các em lo lắng: đó là điều đúng đắn.',
      ],
    },
    en: {
      title: 'Teach safe-internet skills',
      points: [
        'Every blocked page teaches one short lesson; the help page has all the lessons for each age.',
        'Use the lessons in class time: passwords, private details, strangers, cyberbullying, "easy job, high pay" scams and fake police calls, gambling ads.',
        'Praise a pupil who tells you what upset them: it is the right thing to do.',
      ],
    },
  },
  {
    id: 'make-111-known',
    vi: {
      title: 'Cho mọi em biết số 111 và đầu mối hỗ trợ tại địa phương',
      points: [
        'Tổng đài quốc gia bảo vệ trẻ em 111 miễn phí, hoạt động 24/7. KidShield hiện số 111 trên mọi trang chặn, cảnh báo và trang trợ giúp.',
        'Thêm số điện thoại của cán bộ công tác xã hội, giáo viên phụ trách và trạm y tế địa phương vào mục liên hệ.',
        'Dán số 111 và các đầu mối ở phòng máy và trong lớp học.',
      ],
    },
    en: {
      title: 'Make 111 and local social-work contacts known to every child',
      points: [
        'The national child-protection hotline 111 is free and open 24/7. KidShield shows 111 on every block, warning and help page.',
        'Add the phone numbers of your local social worker, the teacher in charge and the local health station to the contacts.',
        'Put up 111 and the local contacts in the computer lab and the classroom.',
      ],
    },
  },
];
