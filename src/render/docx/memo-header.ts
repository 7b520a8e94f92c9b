/**
 * The memo's head: the Garuda emblem with "บันทึกข้อความ" on its band, then the header lines
 * ส่วนราชการ · ที่ + วันที่ · เรื่อง, each value on a dotted writing line (จุดไข่ปลา) to the margin.
 *
 * The header lines are one borderless table of fixed layout: a label cell as wide as the label
 * and a space (the PDF's value start), then a value cell whose dotted bottom border is the
 * writing line. A row is one line of the PDF's header pitch, and the baseline of an exact line sits
 * 80 % down it, so the border runs 0.2 × the pitch under the baseline: below every below vowel
 * (ุ ู reach 0.332 em), where the PDF draws its dots. A cell border is drawn by the table, not by
 * the font, so Word and LibreOffice put it at the row's edge alike; a dotted underline (tried first)
 * sits where the font's post table says (1 pt under the baseline, through ุ ู), and LibreOffice
 * ignores a patched one. ที่ and วันที่ are two label/value pairs on one row with a gap cell
 * between; the last value cell ends at the right margin. Rows are at least one pitch high: text the
 * clerk types past the cell's end grows the row and the writing line stays under its last line.
 * A value the PDF wraps is written as the PDF's lines, one row each, so each line has its dots.
 */
import {
  BorderStyle,
  HeightRule,
  HorizontalPositionRelativeFrom,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
  type ParagraphChild,
} from "docx";
import {
  DOCX_WRITING_LINE_EIGHTHS,
  LEADER_FIELD_GAP_PT,
  MEMO_DATE_FIELD_START_FRACTION,
  MEMO_EMBLEM_HEIGHT_CM,
  MEMO_EMBLEM_TOP_CM,
  PARAGRAPH_SPACE_BEFORE_PT,
} from "../../document/layout.js";
import type { LeaderField, LeaderLine, MemoTitle } from "../../document/nodes.js";
import type { Typography } from "../../document/typography.js";
import { LABEL_SUBJECT } from "../../document/wording.js";
import { wrapText } from "../pdf/wrap-text.js";
import type { DrawingIds } from "./drawing-ids.js";
import { docxImage } from "./image.js";
import type { PageGeometry } from "./page-geometry.js";
import { STYLE } from "./styles.js";
import type { TextMeasure } from "./text-measure.js";
import { thaiTextRun } from "./thai-run.js";
import { cmToEmu, cmToPx, ptToTwips } from "./units.js";

/**
 * "บันทึกข้อความ" bold 29 pt on an exact 35 pt line, centred on the emblem's 1.5 cm band by its
 * style; the emblem floats at the left margin, 1.5 cm below the paper edge. Without an emblem the
 * band keeps its height.
 */
export function memoTitle(node: MemoTitle, ids: DrawingIds): Paragraph {
  const children: ParagraphChild[] = [];
  if (node.emblem !== undefined) {
    const heightPx = cmToPx(MEMO_EMBLEM_HEIGHT_CM);
    children.push(
      new ImageRun({
        ...docxImage(node.emblem),
        transformation: {
          height: heightPx,
          width: (heightPx * node.emblem.widthPx) / node.emblem.heightPx,
        },
        altText: { id: ids.next(), name: "ตราครุฑ", description: "ตราครุฑ" },
        floating: {
          horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
          verticalPosition: {
            relative: VerticalPositionRelativeFrom.PAGE,
            offset: cmToEmu(MEMO_EMBLEM_TOP_CM),
          },
          wrap: { type: TextWrappingType.NONE },
          allowOverlap: true,
          lockAnchor: true,
        },
      }),
    );
  }
  children.push(thaiTextRun(node.text));
  return new Paragraph({ style: STYLE.title, children });
}

const WRITING_LINE = { style: BorderStyle.DOTTED, size: DOCX_WRITING_LINE_EIGHTHS, color: "000000" } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;

/** One cell of a header row: its width in twips, its text, and whether it carries the writing line. */
interface HeaderCell {
  readonly width: number;
  readonly text: string;
  readonly role: "label" | "value" | "gap";
  readonly dotted: boolean;
}

/** The header lines (consecutive leader lines of the tree) as one borderless table. */
export function headerTable(
  lines: readonly LeaderLine[],
  page: PageGeometry,
  type: Typography,
  measure: TextMeasure,
): Table {
  const rows = lines.map((line) => ({
    spaceBefore: line.fields[0].label === LABEL_SUBJECT,
    rows: headerRows(line, page, type, measure),
  }));
  const grid = gridOf(rows.flatMap((line) => line.rows));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: page.textWidth, type: WidthType.DXA },
    columnWidths: grid.widths,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.flatMap((line) =>
      line.rows.map((cells, index) => {
        // 6 pt before เรื่อง (docs/layout.md §1): on its first row's paragraphs, and in the row's height.
        const before = line.spaceBefore && index === 0 ? PARAGRAPH_SPACE_BEFORE_PT : 0;
        return new TableRow({
          cantSplit: true,
          height: { value: ptToTwips(type.labelPitchPt + before), rule: HeightRule.ATLEAST },
          children: rowCells(cells, grid.edges, before),
        });
      }),
    ),
  });
}

/**
 * A header line's rows: one per line of its longest wrapped value. A field is a label cell (the
 * label and a space wide: where the PDF starts the value) and a value cell; ที่ stops
 * LEADER_FIELD_GAP_PT before the middle, where a gap cell leads to วันที่.
 */
function headerRows(
  line: LeaderLine,
  page: PageGeometry,
  type: Typography,
  measure: TextMeasure,
): HeaderCell[][] {
  const [first, second] = line.fields;
  const middle = Math.round(page.textWidth * MEMO_DATE_FIELD_START_FRACTION);
  const gap = ptToTwips(LEADER_FIELD_GAP_PT);
  const fields =
    second === undefined
      ? [fieldCells(first, page.textWidth, type, measure)]
      : [
          fieldCells(first, middle - gap, type, measure),
          fieldCells(second, page.textWidth - middle, type, measure),
        ];
  const count = Math.max(...fields.map((f) => f.lines.length));
  return Array.from({ length: count }, (_, row) => [
    ...fieldRow(fields[0] as FieldCells, row),
    ...(fields[1] === undefined
      ? []
      : [{ width: gap, text: "", role: "gap", dotted: false } as const, ...fieldRow(fields[1], row)]),
  ]);
}

interface FieldCells {
  readonly label: string;
  readonly labelWidth: number;
  readonly valueWidth: number;
  readonly lines: readonly string[];
}

function fieldCells(field: LeaderField, width: number, type: Typography, measure: TextMeasure): FieldCells {
  const labelPt = measure.width(field.label, type.labelPt, true) + measure.width(" ", type.bodyPt, false);
  const labelWidth = Math.ceil(ptToTwips(labelPt));
  const valueWidth = width - labelWidth;
  const lines =
    field.value === ""
      ? [""]
      : wrapText(
          field.value,
          () => valueWidth / 20,
          (s) => measure.width(s, type.bodyPt, false),
        );
  return { label: field.label, labelWidth, valueWidth, lines };
}

/** Row `row` of a field: the label on the first row only; dots under each of its value's lines. */
function fieldRow(field: FieldCells, row: number): HeaderCell[] {
  const text = field.lines[row];
  return [
    { width: field.labelWidth, text: row === 0 ? field.label : "", role: "label", dotted: false },
    { width: field.valueWidth, text: text ?? "", role: "value", dotted: text !== undefined },
  ];
}

/** The table grid: every cell edge of every row, so each cell spans whole grid columns. */
function gridOf(rows: readonly HeaderCell[][]): { edges: number[]; widths: number[] } {
  const edges = new Set<number>([0]);
  for (const cells of rows) {
    let x = 0;
    for (const cell of cells) edges.add((x += cell.width));
  }
  const sorted = [...edges].sort((a, b) => a - b);
  return { edges: sorted, widths: sorted.slice(1).map((edge, i) => edge - (sorted[i] as number)) };
}

function rowCells(cells: readonly HeaderCell[], edges: readonly number[], beforePt: number): TableCell[] {
  let x = 0;
  return cells.map((cell) => {
    const start = edges.indexOf(x);
    x += cell.width;
    const span = edges.indexOf(x) - start;
    const style = cell.role === "label" ? STYLE.headerLabel : STYLE.headerValue;
    return new TableCell({
      width: { size: cell.width, type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      verticalAlign: VerticalAlignTable.TOP,
      ...(cell.dotted ? { borders: { bottom: WRITING_LINE } } : {}),
      children: [
        new Paragraph({
          style,
          ...(beforePt > 0 ? { spacing: { before: ptToTwips(beforePt) } } : {}),
          children: cell.text === "" ? [] : [thaiTextRun(cell.text)],
        }),
      ],
    });
  });
}
