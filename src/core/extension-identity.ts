/**
 * The public half of the key that fixes the Chromium extension id, so static redirect rules can
 * name the blocked page's full URL. The id is derived from the key (checked by a unit test).
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwCTmEzL59bzVdRcRG94eSJLlDtT9Tvm5p9vLyHodOOQI9hhrS8e6621qS+qXiHSXsTkc3k/Lo6x+jy1eu3CB15c4CzpG4s2o3x8CoeJwzTs51vU2J40dt9EoghcD7PPSeKPcBWAmnKVB0WR9pMFdWxKg7LqGZ6OeXTnvSxjkusSWOQbjYHpQfmvUPqlX1c8V556vWvok7O6mrG8aPUJVTxbPbQJwufTtmBmi+zYOVHe3BhqVonq/Na9ploQnphIyzuURcHI9Z+goVBLK2QwtG1kO4DLEZwXypoPOOtbN3YpkXrWx45TbvTWc9QVkBV5+S5M48CfLY3xo1VrEDgvfDQIDAQAB';

export const CHROME_EXTENSION_ID = 'ojcckjpobomcphhkbfnbafeiomhbkjlf';

export const GECKO_EXTENSION_ID = 'kidshield@kidshield.edu.vn';

/** The blocked page, at the root of the extension (stable API: `blocked.html?c=<category>&u=<url>`). */
export const BLOCKED_PAGE_PATH = '/blocked.html';
