import { z } from "zod";
import { DateField } from "./date-field.js";
import { Text } from "./text.js";
import { fillable } from "./to-fill-in.js";

/** A paragraph of the memo body, or a list. */
export const MemoBlock = z.union([
  Text.meta({ description: "A paragraph, indented 2.5 cm on its first line." }),
  z.strictObject({ bullets: z.array(Text).min(1).meta({ description: 'Items with a "-" bullet.' }) }),
  z.strictObject({ numbered: z.array(Text).min(1).meta({ description: 'Items numbered "๑.", "๒.", …' }) }),
]);
export type MemoBlock = z.output<typeof MemoBlock>;

export const MemoSection = z.strictObject({
  heading: Text.optional().meta({
    description: "Bold section head: เรื่องเดิม, ข้อเท็จจริง, ข้อเสนอเพื่อพิจารณา, …",
    examples: ["เรื่องเดิม"],
  }),
  content: z.array(fillable(MemoBlock)).min(1).meta({ description: "Paragraphs and lists, in order." }),
});
export type MemoSection = z.output<typeof MemoSection>;

export const Signer = z.strictObject({
  name: Text.meta({
    description: "Full name with title, without parentheses.",
    examples: ["นางสาวเสาวนิตย์ ประยูรพันธ์"],
  }),
  position: fillable(z.union([Text, z.array(Text).min(1)]))
    .transform((p) => (typeof p === "string" ? [p] : p))
    .meta({
      description: "Position line, or several lines for an acting signer (รักษาการแทน).",
      examples: ["นักวิเคราะห์นโยบายและแผนชำนาญการ"],
    }),
});
export type Signer = z.output<typeof Signer>;

export const Reviewer = z.strictObject({
  title: Text.meta({
    description: "The comment heading, e.g. ความคิดเห็นของหัวหน้าสำนักปลัด.",
    examples: ["ความคิดเห็นของหัวหน้าสำนักปลัด"],
  }),
  lines: z.int().min(1).max(10).default(1).meta({ description: "Dotted lines for handwriting." }),
  signer: Signer,
});
export type Reviewer = z.output<typeof Reviewer>;

/** Default closing line of a memo (a memo has no ขอแสดงความนับถือ). */
export const DEFAULT_CLOSING = "จึงเรียนมาเพื่อโปรดพิจารณา";

export const Memo = z.strictObject({
  department: Text.meta({
    description: "ส่วนราชการ: the issuing unit.",
    examples: ["สำนักปลัด องค์การบริหารส่วนตำบลตาเนิน"],
  }),
  ref: z
    .string()
    .trim()
    .default("")
    .meta({
      description: "ที่: the reference number, free text; empty leaves the dotted line blank.",
      examples: ["ชย ๘๐๘๐๑/๓๓๕"],
    }),
  date: DateField.optional().meta({ description: "วันที่; when absent the dotted line stays blank." }),
  subject: Text.meta({ description: "เรื่อง." }),
  to: Text.meta({
    description: "เรียน: the recipient's position.",
    examples: ["นายกองค์การบริหารส่วนตำบลตาเนิน"],
  }),
  sections: z.array(MemoSection).min(1),
  closing: Text.default(DEFAULT_CLOSING).meta({ description: "The closing paragraph." }),
  signer: Signer,
  reviewers: z.array(Reviewer).default([]).meta({ description: "The comment chain (เกษียน), in order." }),
});
export type Memo = z.output<typeof Memo>;

export const Cover = z.strictObject({
  title: z.array(Text).min(1).optional().meta({
    description: "The cover title, one entry per line. Default: the standard ITA title with the fiscal year.",
  }),
});
export type Cover = z.output<typeof Cover>;

export const Numerals = z.enum(["thai", "arabic"]).default("thai").meta({
  description: "Digits of numbering, dates and page numbers: thai (๑ ๒ ๓, the default) or arabic.",
});
export type Numerals = z.output<typeof Numerals>;

/**
 * The announcement of the year's measures (ประกาศ), signed by the head of the agency months before
 * the report: the official ประกาศ page, then the measures as a plan table (docs/layout.md §5).
 */
export const Announcement = z.strictObject({
  number: Text.optional().meta({
    description: "ฉบับที่/เลขที่ of the announcement, if the agency numbers its ประกาศ; shown under the title.",
    examples: ["ที่ ๑๒/๒๕๖๗"],
  }),
  subject: Text.optional().meta({
    description:
      "เรื่อง. Default: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. <fiscal year>.",
  }),
  date: fillable(DateField).optional().meta({
    description: "ประกาศ ณ วันที่; when absent the date stays blank for handwriting.",
  }),
  preamble: z
    .array(Text)
    .min(1)
    .meta({ description: "The body paragraphs, each indented 2.5 cm on its first line." }),
  signer: Signer.meta({ description: "The head of the agency who signs the announcement." }),
});
export type Announcement = z.output<typeof Announcement>;

/** Fiscal years accepted, B.E.: a report of 1857–2157 C.E. is surely a typo. */
export const FISCAL_YEAR_MIN_BE = 2400;
export const FISCAL_YEAR_MAX_BE = 2700;

/** `data/<year>/report.yaml`: the memo and the report settings of one fiscal year. */
export const Report = z
  .strictObject({
    fiscalYear: z
      .int()
      .min(FISCAL_YEAR_MIN_BE)
      .max(FISCAL_YEAR_MAX_BE)
      .meta({
        description: "The fiscal year in B.E. (ปีงบประมาณ พ.ศ.); it runs 1 Oct of the year before to 30 Sep.",
        examples: [2568],
      }),
    numerals: Numerals,
    memo: Memo,
    cover: Cover.optional(),
    announcement: Announcement.optional(),
    reportTitle: Text.optional().meta({
      description: "First title line above the table. Default: the standard ITA title with the fiscal year.",
    }),
  })
  .meta({
    title: "ita-report report",
    description: "A fiscal year's memo and report: data/<year>/report.yaml.",
  });
export type Report = z.output<typeof Report>;
