/** Page bodies that several end-to-end tests serve. */

/** A Vietnamese gambling advert: the classifier blocks it (`c=gambling`) at every child tier. */
export const VI_GAMBLING =
  '<h1>Nhà cái uy tín số 1 Việt Nam</h1><p>Đăng ký nhận ngay 200k, nạp tiền cược bóng đá, nổ hũ, tài xỉu, kèo nhà cái hôm nay. Rút tiền nhanh 5 phút.</p>';
