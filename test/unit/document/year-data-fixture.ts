import { Agency } from "../../../src/model/agency.js";
import { Measure } from "../../../src/model/measure.js";
import { Report } from "../../../src/model/report.js";
import type { YearData } from "../../../src/model/year-data.js";

/** A small but complete year, parsed through the real schemas so defaults apply. */
export function yearData(overrides: { report?: object; measures?: object[] } = {}): YearData {
  const agency = Agency.parse({
    name: "องค์การบริหารส่วนตำบลตาเนิน",
    district: "อำเภอเนินสง่า",
    province: "จังหวัดชัยภูมิ",
    website: "https://www.tanem.go.th",
  });
  const report = Report.parse({
    fiscalYear: 2568,
    memo: {
      department: "สำนักปลัด องค์การบริหารส่วนตำบลตาเนิน",
      ref: "ชย 80801/335",
      date: "24 เม.ย. 68",
      subject: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
      to: "นายกองค์การบริหารส่วนตำบลตาเนิน",
      sections: [
        { heading: "เรื่องเดิม", content: ["ตามที่คณะกรรมการ ได้จัดทำรายงาน\nปีงบประมาณ พ.ศ. 2568 นั้น"] },
        { heading: "ข้อเสนอเพื่อพิจารณา", content: [{ bullets: ["เห็นควรพิจารณา", "เห็นควรเผยแพร่"] }] },
      ],
      signer: { name: "นางสาวเสาวนิตย์ ประยูรพันธ์", position: "นักวิเคราะห์นโยบายและแผนชำนาญการ" },
      reviewers: [
        {
          title: "ความคิดเห็นของปลัดองค์การบริหารส่วนตำบลตาเนิน",
          lines: 2,
          signer: { name: "นายปณวัฒน์ ประกายเพชร", position: ["ปลัด รักษาการแทน", "นายก"] },
        },
      ],
    },
    ...overrides.report,
  });
  const measures = (
    overrides.measures ?? [
      {
        no: 1,
        title: "มาตรการการปฏิบัติ",
        steps: ["จัดทำคู่มือ", { text: "จัดทำแผน ดังนี้", items: ["โครงการ", { text: "ผลผลิต", items: ["ก", "ข"] }] }],
        responsible: ["สำนักปลัด", "กองคลัง"],
        status: "done",
        outcomes: [
          "เจ้าหน้าที่ปฏิบัติ",
          { heading: "ผลลัพธ์หรือความสำเร็จ" },
          { paragraph: "ดูที่ https://www.tanem.go.th ได้" },
        ],
      },
      {
        no: 2,
        title: "มาตรการที่สอง",
        steps: [{ text: "บังคับใช้ ได้แก่", bullets: ["ประมวลจริยธรรม"] }],
        period: { from: "1 มกราคม 2568", to: "2025-06-30" },
        responsible: ["สำนักปลัด"],
        status: "not-done",
        reason: "งบประมาณไม่เพียงพอ",
      },
    ]
  ).map((m) => Measure.parse(m));
  return { agency, report, measures, images: {} };
}
