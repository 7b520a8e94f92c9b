/**
 * Limits on the images of agency.yaml, checked from the file's header before any pixel is
 * decoded. The PDF writer decodes a PNG into several full copies (pixels, colour, alpha), about
 * 16 bytes per pixel at its peak, so the pixel count bounds the memory a build needs.
 */

/** Longest side accepted: an emblem printed 1.5 cm high needs about 600 pixels. */
export const MAX_IMAGE_SIDE_PX = 8000;
/** 16 megapixels: at most about 256 MB while the PDF writer decodes the image. */
export const MAX_IMAGE_MEGAPIXELS = 16;
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
