/** The format of the Open Graph cards, shared by the renderer, the head tags and the routes. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_TYPE = 'image/jpeg';
export const OG_EXTENSION = 'jpg';
/** WhatsApp drops previews larger than this. */
export const OG_MAX_BYTES = 300 * 1024;
