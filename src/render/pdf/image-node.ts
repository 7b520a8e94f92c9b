import type { Image } from "../../document/nodes.js";

/** An image of the tree as a pdfmake node of the given height, its aspect ratio kept. */
export function imageNode(
  image: Image,
  heightPt: number,
): { width: number; height: number } & Record<string, unknown> {
  const width = (heightPt * image.widthPx) / image.heightPx;
  if (image.format === "svg") {
    return { svg: new TextDecoder().decode(image.bytes), width, height: heightPt };
  }
  const mime = image.format === "png" ? "image/png" : "image/jpeg";
  return {
    image: `data:${mime};base64,${Buffer.from(image.bytes).toString("base64")}`,
    width,
    height: heightPt,
  };
}
