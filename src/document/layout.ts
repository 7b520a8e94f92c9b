/**
 * Every layout number of the memo and the report, in one place, named with its unit. Both
 * writers read them from here. Sources: docs/layout.md (§0 type scale, §1 memo, §2 report), which
 * follows the ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ typing guidance; "convention" marks common
 * practice with no written source.
 *
 * Every font size here is an official, nominal size: a size in TH SarabunPSK, the font the
 * guidance's sizes refer to. `typography.ts` turns them into the sizes actually set.
 */

/** 1 cm in PostScript points. */
export const PT_PER_CM = 28.3465;
/** 1 pt in twentieths of a point (DOCX twips). */
export const TWIPS_PER_PT = 20;

/** ISO A4 in points, portrait. */
export const A4_WIDTH_PT = 595.28;
export const A4_HEIGHT_PT = 841.89;

export const FONT_FAMILY = "Sarabun";

// ── Type scale, §0 ─────────────────────────────────────────────────────────────────────────
/**
 * Google Sarabun draws its glyphs about 1.5 times larger per em than TH SarabunPSK. Measured with
 * fontkit on both fonts (1000 units per em each), a 55-character sentence of the seed is 26.48 em
 * wide in Sarabun and 17.35 em in PSK: 17.35 / 26.48 = 0.655 (the x-heights give 340 / 500 = 0.68,
 * the advance of ก 386 / 576 = 0.67). Widths decide where lines break, so the width ratio is the
 * one used: Sarabun at 0.655 × a PSK size fills a line as PSK does (16 pt → 10.5 pt).
 */
export const SARABUN_SIZE_PER_PSK_SIZE = 0.655;
/**
 * Single spacing of TH SarabunPSK as Word sets it: (ascender 850 + descender 250 + line gap 30)
 * per 1000 units = 1.13 em, so 16 pt body lines are 18.08 pt apart (about 37 lines on a memo page).
 */
export const PSK_SINGLE_LINE_EM = 1.13;
/**
 * Type scale `new` (agencies typing in TH Sarabun New, glyphs as large as Sarabun's): Word's
 * single spacing of TH Sarabun New is about 2.01 em (32.16 pt at 16 pt).
 */
export const TH_SARABUN_NEW_BODY_LINE_EM = 2.01;
/** Type scale `new`: table text 14 pt on a 1.30 em line, the look of the first versions. */
export const TH_SARABUN_NEW_TABLE_SIZE_PT = 14;
export const TH_SARABUN_NEW_TABLE_LINE_EM = 1.3;

// ── Memo (บันทึกข้อความ), A4 portrait, §1 ───────────────────────────────────────────────────
/** Sourced: left 3 cm, right 2 cm. */
export const MEMO_MARGIN_LEFT_CM = 3;
export const MEMO_MARGIN_RIGHT_CM = 2;
/** Convention: bottom 2 cm; pages after the first start 2.5 cm from the top. */
export const MEMO_MARGIN_BOTTOM_CM = 2;
export const MEMO_MARGIN_TOP_LATER_PAGES_CM = 2.5;
/** The emblem's top is about 1.5 cm below the paper edge; it sets page 1's top margin. */
export const MEMO_EMBLEM_TOP_CM = 1.5;
/** Garuda emblem: 1.5 cm high, aspect ratio kept. */
export const MEMO_EMBLEM_HEIGHT_CM = 1.5;
/** "บันทึกข้อความ": bold 29 pt, line spacing exactly 35 pt. */
export const MEMO_TITLE_SIZE_PT = 29;
export const MEMO_TITLE_LINE_PT = 35;
/** Header labels ส่วนราชการ · ที่ · วันที่ · เรื่อง: bold 20 pt. */
export const MEMO_LABEL_SIZE_PT = 20;
/** Body and header values: 16 pt, single spacing (the pitch comes from the type scale). */
export const BODY_SIZE_PT = 16;
/** 6 pt before เรื่อง, เรียน and every body paragraph. */
export const PARAGRAPH_SPACE_BEFORE_PT = 6;
/** First-line indent of body paragraphs and list markers: 2.5 cm. */
export const FIRST_LINE_INDENT_CM = 2.5;
/** ที่ and วันที่ share a line; วันที่ starts near the middle of the text width. */
export const MEMO_DATE_FIELD_START_FRACTION = 0.5;
/** Convention: the signature axis about 10 cm right of the left margin. */
export const SIGNATURE_AXIS_FROM_LEFT_CM = 10;
/** About three blank lines for the hand signature. */
export const SIGNATURE_BLANK_LINES = 3;

/**
 * The longest closing paragraph (lines) kept on one page with the signature under it. A longer
 * one, such as a ประกาศ whose only preamble paragraph is its closing, breaks like any paragraph:
 * moved whole, it would leave the page before it empty below the title, and Word and LibreOffice
 * give up a keep-with-next chain taller than a page (LibreOffice then split the signature).
 * *Convention*: the 2568 closings are one line.
 */
export const CLOSING_MAX_LINES_KEPT_WITH_SIGNATURE = 5;
/** Convention: the page number "- ๒ -" centred in a header about 1.5 cm from the top edge. */
export const PAGE_NUMBER_TOP_CM = 1.5;

// ── Announcement (ประกาศ), A4 portrait, §5 ──────────────────────────────────────────────────
/**
 * Sourced: the Garuda of a ประกาศ is the 3 cm one (ระเบียบงานสารบรรณ ข้อ 71: 3 cm for หนังสือ
 * ภายนอก and the other forms, 1.5 cm for หนังสือภายใน), centred at the head of the paper.
 */
export const ANNOUNCEMENT_EMBLEM_HEIGHT_CM = 3;
/** Convention: its top 1.5 cm below the paper edge, as the memo's emblem (page 1's top margin). */
export const ANNOUNCEMENT_EMBLEM_TOP_CM = MEMO_EMBLEM_TOP_CM;
/** Convention: the short rule under the title, 4 cm long, centred, in the middle of a body line. */
export const ANNOUNCEMENT_RULE_LENGTH_CM = 4;
export const ANNOUNCEMENT_RULE_STROKE_PT = 0.75;
/** Convention: "ประกาศ ณ วันที่ …" one blank body line below the last paragraph, on the signature axis. */
export const ANNOUNCEMENT_DATE_BLANK_LINES = 1;
/**
 * Convention, cm: ลำดับ | มาตรการ | ขั้นตอน/วิธีการ (the rest) | ระยะเวลา | ผู้รับผิดชอบ of the plan
 * table attached to the announcement; the same pagination as the report's table.
 */
export const PLAN_COLUMN_WIDTHS_CM = { no: 1.1, measure: 5.0, period: 3.4, responsible: 3.2 } as const;
/**
 * Convention: the งบประมาณ column, when a measure carries a budget: 2.4 cm holds "๑๒๕,๕๐๐.๕๐" at
 * the `psk` scale; a larger amount ("๑,๒๕๐,๐๐๐.๕๐", 71 pt) widens the column to itself, since an
 * amount cut over two lines reads as two numbers.
 */
export const BUDGET_COLUMN_WIDTH_CM = 2.4;
export const BUDGET_COLUMN = { widthCm: BUDGET_COLUMN_WIDTH_CM, fitContent: true } as const;

// ── Report: cover (portrait) and measure table (landscape), §2 ─────────────────────────────
/** Convention: 2.5 cm around the cover, 2 cm around the table pages. */
export const COVER_MARGIN_CM = 2.5;
export const TABLE_MARGIN_CM = 2;
/** Convention: the cover's title bold 36 pt, the agency lines bold 28 pt. */
export const COVER_TITLE_SIZE_PT = 36;
export const COVER_AGENCY_SIZE_PT = 28;
/** Convention: the cover logo 4 cm high. */
export const COVER_LOGO_HEIGHT_CM = 4;
export const TABLE_TITLE_SIZE_PT = 18;
/**
 * Table text 14–16 pt: the seed's table is 16 pt (its outcome column holds about 35 characters a
 * line, the width of 16 pt PSK), single spaced.
 */
export const TABLE_SIZE_PT = 16;
/**
 * Room above a cell's first line. Stacked Thai marks reach 1.279 em above the baseline (13.4 pt
 * at 10.5 pt), the baseline sits 80 % down the 18.1 pt line (14.5 pt): the tallest cluster ends
 * 1.1 pt under the line's top, 4.1 pt under the cell's rule with this padding.
 */
export const CELL_PADDING_TOP_PT = 3;
export const CELL_PADDING_BOTTOM_PT = 2;
export const CELL_PADDING_SIDE_PT = 3;
/** Hanging indent per level of a step, sub-item or bullet inside a cell. */
export const CELL_LEVEL_STEP_CM = 0.5;
/**
 * Column widths in cm (convention, text width ≈ 25.7 cm); the last column takes the rest:
 * ลำดับที่ | มาตรการ | ขั้นตอน | ช่วงระยะเวลา | ผู้รับผิดชอบ | แล้วเสร็จ | ไม่สามารถ | ผลลัพธ์
 */
export const TABLE_COLUMN_WIDTHS_CM = [1.1, 3.4, 6.4, 3.3, 2.4, 1.3, 1.3] as const;
/** The drawn check mark's size, as a glyph of the table text would be. */
export const CHECK_MARK_SIZE_PT = 12;
/**
 * The check mark's two strokes, through these points in fractions of its size from its top left
 * (x right, y down), with round caps: the same drawing in the PDF and the DOCX.
 */
export const CHECK_MARK_POINTS = [
  [0, 0.55],
  [0.35, 0.9],
  [1, 0.1],
] as const;
export const CHECK_MARK_STROKE_PT = 1.4;
/** Space above the check mark inside its cell's first line. */
export const CHECK_MARK_TOP_PT = 2;

// ── PDF writer additions ───────────────────────────────────────────────────────────────────
/**
 * Sarabun's line per em in pdfmake (hhea ascender 1068 + descender 232 + line gap 0, per 1000
 * units): pdfmake sizes a line at this × its lineHeight factor, so pitches are set through it.
 */
export const FONT_LINE_EM = 1.3;
/**
 * Word and LibreOffice put the baseline of an exactly spaced line 80 % of the way down its height
 * (LibreOffice: the ascent of a fixed-height line is 4/5 of it); the PDF does the same. With the
 * PSK pitch (18.1 pt) and Sarabun 10.5 pt that leaves 14.48 pt = 1.379 em above the baseline for
 * stacked marks (the tallest, พื้, reaches 1.250 em) and 3.62 pt = 0.345 em below it (the lowest
 * below vowel of the 2568 text, ยู, reaches 0.332 em).
 */
export const EXACT_LINE_BASELINE_FRACTION = 0.8;
/** Convention: leader dots (จุดไข่ปลา) are round dots 0.9 pt wide, 2.6 pt apart. */
export const LEADER_DOT_SIZE_PT = 0.9;
export const LEADER_DOT_GAP_PT = 2.6;
/**
 * Leader dots run this far under the baseline, in em of the text's size: below the lowest below
 * vowel of ordinary text (ุ ู under a consonant reach 0.332 em in Sarabun) with a little air, so a
 * writing line never crosses a letter.
 */
export const LEADER_BELOW_BASELINE_EM = 0.4;
/** The ที่ leader stops this far before วันที่ starts, so the two fields stay apart. */
export const LEADER_FIELD_GAP_PT = 6;
/** Convention: a reviewer's block leaves 2 blank lines for the signature, 12 pt before the block. */
export const REVIEWER_SIGNATURE_BLANK_LINES = 2;
export const REVIEWER_SPACE_BEFORE_PT = 12;
/** Convention: the table pages' 2 cm top margin holds the page number 0.8 cm from the edge. */
export const TABLE_PAGE_NUMBER_TOP_CM = 0.8;
/** Convention: the cover's block (logo, title, agency) starts 5 cm below the top edge. */
export const COVER_BLOCK_TOP_CM = 5;
/** Space between the cover's logo, title lines and agency lines. */
export const COVER_GAP_PT = 28;
/** Space under the two-line table title. */
export const TABLE_TITLE_SPACE_AFTER_PT = 8;
/** Table rules (cell borders). */
export const TABLE_RULE_WIDTH_PT = 0.5;
/**
 * The official form's narrow columns (1.2 and 1.5 cm) must hold "ลำดับ" and "สามารถ" without a
 * break inside the word: the header text shrinks from TABLE_SIZE_PT until the widest word of
 * every header cell fits its column, never below this size.
 */
export const TABLE_HEADER_MIN_SIZE_PT = 14;
/** The table title never wraps: it shrinks from TABLE_TITLE_SIZE_PT until each line fits, down to this. */
export const TABLE_TITLE_MIN_SIZE_PT = 16;
/** The cover's lines never wrap: each shrinks from its size until it fits, down to this. */
export const COVER_MIN_SIZE_PT = 24;

// ── DOCX writer additions (2) ──────────────────────────────────────────────────────────────
/**
 * Text fitted to a width in the DOCX (cover and table-title lines, header words) is sized for
 * 97 % of it: the widths are fontkit's, and Word's own shaping of Sarabun may add kerning.
 */
export const DOCX_FIT_TOLERANCE = 0.97;
/**
 * The PDF keeps a table row whole when it fits on a page of its own under the header rows; the
 * DOCX (`w:cantSplit`) keeps a row whose estimated height (row-height.ts: the PDF's line breaks)
 * is at most this fraction of that room. Word would run a kept row taller than a page off the
 * page rather than break it, and Word and LibreOffice break Thai with their own dictionaries, so
 * a row may take a line or two more there. The estimate came out 1.00–1.09 × the PDF's measured
 * heights on the 2568 report and announcement, and never short on a row under a page on two
 * generated hostile years (0.93 on one row of two pages).
 */
export const DOCX_KEEP_ROW_MAX_PAGE_FRACTION = 0.9;
/** Word may set a cell's list marker a little wider than fontkit measures: its hanging indent allows 5 %. */
export const DOCX_MARKER_WIDTH_ALLOWANCE = 1.05;
/**
 * The memo header's writing line in the DOCX: a dotted bottom border of the value cells, about
 * the PDF's dot size (LEADER_DOT_SIZE_PT), in eighths of a point (`w:sz`).
 */
export const DOCX_WRITING_LINE_EIGHTHS = 7;
