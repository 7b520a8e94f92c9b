import { z } from "zod";
import { Text } from "./text.js";
import { Word } from "./word.js";

/**
 * `data/agency.yaml`: what does not change from one fiscal year to the next.
 */
export const Agency = z
  .strictObject({
    /** @example "องค์การบริหารส่วนตำบลตาเนิน" */
    name: Text.meta({ description: "The agency's full name.", examples: ["องค์การบริหารส่วนตำบลตาเนิน"] }),
    /** @example "อำเภอเนินสง่า" */
    district: Text.meta({ description: "District, with its word อำเภอ/เขต.", examples: ["อำเภอเนินสง่า"] }),
    /** @example "จังหวัดชัยภูมิ" */
    province: Text.meta({ description: "Province, with its word จังหวัด.", examples: ["จังหวัดชัยภูมิ"] }),
    /** @example "https://www.tanem.go.th" */
    website: z
      .url({ protocol: /^https?$/, message: "must be a web address starting with http:// or https://" })
      .optional()
      .meta({ description: "The agency's website.", examples: ["https://www.tanem.go.th"] }),
    /** Path of the Garuda emblem image (PNG, JPEG or SVG), relative to the data folder. */
    emblem: Text.optional().meta({
      description: "Garuda emblem (ตราครุฑ) for the memo: PNG, JPEG or SVG, relative to the data folder.",
      examples: ["assets/garuda.png"],
    }),
    /** Path of the agency's logo for the report cover, relative to the data folder. */
    logo: Text.optional().meta({
      description: "Agency logo for the report cover: PNG, JPEG or SVG, relative to the data folder.",
      examples: ["assets/logo.png"],
    }),
    /** @default "psk" */
    typeScale: z
      .enum(["psk", "new"])
      .default("psk")
      .meta({
        description:
          "Type scale: psk (the default) sets the official sizes as TH SarabunPSK shows them, the look of " +
          "an official memo; new keeps the larger look of documents typed in TH Sarabun New.",
        examples: ["psk", "new"],
      }),
    /** @default "Sarabun" */
    docxFont: z
      .enum(["Sarabun", "TH SarabunPSK", "TH SarabunIT๙"])
      .default("Sarabun")
      .meta({
        description:
          "The font the DOCX files name. Sarabun (the default) is embedded, at sizes scaled to the type " +
          "scale; TH SarabunPSK or TH SarabunIT๙ (installed on government PCs, not embedded) are named at " +
          "the official sizes. The PDF always uses Sarabun.",
        examples: ["Sarabun", "TH SarabunIT๙"],
      }),
    /** Local words no line may break inside; the names above are protected already. */
    words: z
      .array(Word)
      .optional()
      .meta({
        description:
          "Words no line may break inside, one word each (no spaces): local names the Thai dictionary does not know. The agency's name, district, province, responsible units and signers' names are protected already.",
        examples: [["ตาเนิน", "หนองบัวแดง"]],
      }),
  })
  .meta({ title: "ita-report agency", description: "The agency: data/agency.yaml." });
export type Agency = z.output<typeof Agency>;
