/** The allowed values of the content model's select fields. Plain data, safe for the browser (the CMS previews use them). */
export const projectStatuses = ['active', 'planned', 'completed'] as const;
export const regionKinds = ['oblast', 'city'] as const;
export const attendanceModes = ['offline', 'online', 'mixed'] as const;
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
export const socialNetworks = ['instagram', 'facebook', 'telegram', 'youtube', 'tiktok', 'vk', 'website'] as const;

/** Networks' names as they write them, the same in every language (a plain "website" is translated where shown). */
export const networkBrandNames = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  vk: 'VK',
  x: 'X',
} as const;

/** How much of a date its source gives (`<field>Precision` beside the date). */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Where the subject of a cover photo is, so crops for cards keep it in the frame. */
export const coverFocuses = ['center', 'top', 'bottom', 'left', 'right'] as const;
export type CoverFocus = (typeof coverFocuses)[number];
