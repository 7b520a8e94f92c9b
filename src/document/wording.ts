/**
 * The fixed Thai words of the official forms: the memo's labels and the table's headings
 * (docs/layout.md §1 and §2). Data never repeats them; both writers receive them in the tree.
 */
export const MEMO_TITLE = "บันทึกข้อความ";
export const LABEL_DEPARTMENT = "ส่วนราชการ";
export const LABEL_REF = "ที่";
export const LABEL_DATE = "วันที่";
export const LABEL_SUBJECT = "เรื่อง";
export const LABEL_TO = "เรียน";

/** Default cover title, one entry per line; the fiscal year is appended to the last line. */
export const COVER_TITLE_LINES = [
  "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม",
  "และความโปร่งใสภายในหน่วยงาน",
  "ประจำปีงบประมาณ พ.ศ.",
] as const;
/** Default first title line above the table; the fiscal year is appended. */
export const TABLE_TITLE_PREFIX =
  "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.";
/** Second title line: "ของ" + agency, district, province. */
export const TABLE_TITLE_OF = "ของ";

export const HEADER_NO = "ลำดับที่";
export const HEADER_MEASURE = "มาตรการหรือกิจกรรมที่ดำเนินการ";
export const HEADER_STEPS = "ขั้นตอนหรือวิธีการปฏิบัติ";
export const HEADER_PERIOD = "ช่วงระยะเวลาในการดำเนินการ";
export const HEADER_RESPONSIBLE = "ผู้รับผิดชอบ";
export const HEADER_STATUS = "สรุปผลการดำเนินการ";
export const HEADER_DONE = "ดำเนินการแล้วเสร็จ";
export const HEADER_NOT_DONE = "ไม่สามารถดำเนินการได้";
export const HEADER_OUTCOMES = "ผลลัพธ์หรือความสำเร็จของการดำเนินการ";
/** Leads the reason in the outcome cell of a measure that could not be done. */
export const NOT_DONE_REASON_LABEL = "เหตุที่ไม่สามารถดำเนินการได้";

/** Markers of lists: a bullet "-", numbers "๑." and sub-items "(๑)". */
export const BULLET_MARKER = "-";

/** The announcement (ประกาศ, docs/layout.md §5): "ประกาศ" + the agency's name. */
export const ANNOUNCEMENT_TITLE_PREFIX = "ประกาศ";
/** Default เรื่อง of the announcement; the fiscal year is appended. */
export const ANNOUNCEMENT_SUBJECT_PREFIX = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.";
/** "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗": the era is written in an announcement's date. */
export const ANNOUNCEMENT_DATE_PREFIX = "ประกาศ ณ วันที่";
export const ERA_BE = "พ.ศ.";
/** Second title line of the attached plan table: "แนบท้ายประกาศ<agency>", then its date. */
export const PLAN_TITLE_ATTACHED_TO = "แนบท้ายประกาศ";
export const PLAN_TITLE_DATED = "ลงวันที่";
/** The plan table's heading of the measure column: what is planned, not what was done. */
export const HEADER_PLAN_MEASURE = "มาตรการหรือกิจกรรม";
/** The budget column, shown when any measure carries a `budget`; its cells hold figures only. */
export const HEADER_BUDGET = "งบประมาณ (บาท)";
/** A budget cell of a measure without a budget. */
export const NO_BUDGET = "-";
