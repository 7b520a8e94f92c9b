/**
 * Limits on the images of agency.yaml, checked from the file's header before any pixel is
 * decoded. The PDF writer decodes a PNG into several full copies (pixels, colour, alpha), so
 * the pixel count bounds the memory and time a build needs. Measured on the test fixture
 * (2 cores shared): a 2000 × 2000 RGBA emblem builds in 6.1 s at 215 MB, 2828 × 2828 (8 MP) in
 * 7.4 s at 280 MB, 4000 × 4000 (16 MP) in 9.3 s at 419 MB, too near the 10 s and 500 MB a
 * build may take.
 */

/** Longest side accepted: an emblem printed 1.5 cm high needs about 600 pixels. */
export const MAX_IMAGE_SIDE_PX = 6000;
/** 8 megapixels: an A4 page scanned at 250 dpi. */
export const MAX_IMAGE_MEGAPIXELS = 8;
export const MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000;

/**
 * Width ÷ height accepted for each image. Both are drawn at a fixed height (emblem 1.5 cm, logo
 * 4 cm): the emblem must end before the centred title "บันทึกข้อความ" (which starts about 5 cm
 * from the left margin), and the logo stay within the cover's 16 cm of text width.
 */
export const IMAGE_ASPECT_LIMITS = {
  emblem: { min: 1 / 3, max: 2 },
  logo: { min: 1 / 3, max: 3 },
} as const;
export type ImageRole = keyof typeof IMAGE_ASPECT_LIMITS;
