/** An image file of the data folder, read, confined to the folder and checked by the loader. */
export interface LoadedImage {
  readonly format: "png" | "jpeg" | "svg";
  readonly bytes: Uint8Array;
  /** Intrinsic size in pixels (for SVG, in user units), used to keep the aspect ratio. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** The path as written in the data, for messages. */
  readonly source: string;
}
