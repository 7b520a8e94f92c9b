import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadYear } from "../../../src/load/load-year.js";
import type { Measure, Step, SubItem, YearData } from "../../../src/model/index.js";

const dataDir = fileURLToPath(new URL("../../../data/", import.meta.url));

/** Every data file's raw text, for checks over the files themselves. */
async function rawDataFiles(): Promise<string[]> {
  const measureDir = join(dataDir, "2568", "measures");
  const paths = [
    join(dataDir, "agency.yaml"),
    join(dataDir, "2568", "report.yaml"),
    ...(await readdir(measureDir)).filter((f) => f.endsWith(".yaml")).map((f) => join(measureDir, f)),
  ];
  return Promise.all(paths.map((path) => readFile(path, "utf8")));
}

const stepText = (step: Step): string => (typeof step === "string" ? step : (step.text ?? ""));
const stepItems = (step: Step | undefined): readonly SubItem[] =>
  step === undefined || typeof step === "string" ? [] : (step.items ?? []);
const itemText = (item: SubItem | undefined): string | undefined =>
  item === undefined || typeof item === "string" ? item : item.text;
const nestedItems = (item: SubItem | undefined): readonly string[] =>
  item === undefined || typeof item === "string" ? [] : item.items;

/** Every text of a measure, flattened: title, steps, items, bullets, units and outcomes. */
function measureTexts(measure: Measure): string[] {
  const texts = [measure.title, ...measure.responsible];
  for (const step of measure.steps) {
    texts.push(stepText(step));
    if (typeof step !== "string") {
      texts.push(...(step.bullets ?? []));
      for (const item of step.items ?? []) {
        texts.push(typeof item === "string" ? item : item.text);
        if (typeof item !== "string") texts.push(...item.items);
      }
    }
  }
  for (const outcome of measure.outcomes) {
    texts.push(typeof outcome === "string" ? outcome : "heading" in outcome ? outcome.heading : outcome.paragraph);
  }
  return texts;
}

let data: YearData;
let rawTexts: string[];
beforeAll(async () => {
  data = await loadYear(dataDir, 2568);
  rawTexts = await rawDataFiles();
});
const measure = (no: number): Measure => {
  const found = data.measures.find((m) => m.no === no);
  if (!found) throw new Error(`measure ${no} missing`);
  return found;
};

describe("the agency of the seed report", () => {
  it("is องค์การบริหารส่วนตำบลตาเนิน in อำเภอเนินสง่า, จังหวัดชัยภูมิ, with its website and no images", () => {
    expect(data.images).toEqual({});
    expect(data.agency).toEqual({
      name: "องค์การบริหารส่วนตำบลตาเนิน",
      district: "อำเภอเนินสง่า",
      typeScale: "psk",
      docxFont: "Sarabun",
      province: "จังหวัดชัยภูมิ",
      website: "https://www.tanem.go.th",
    });
  });
});

describe("the memo of fiscal year 2568", () => {
  it("carries the seed's header with the reference and recipient corrected", () => {
    const memo = data.report.memo;
    expect(data.report.fiscalYear).toBe(2568);
    expect(memo.department).toBe("สำนักปลัด องค์การบริหารส่วนตำบลตาเนิน");
    expect(memo.ref).toBe("ชย ๘๐๘๐๑/๓๓๕");
    expect(memo.date).toEqual({ year: 2025, month: 4, day: 24 });
    expect(memo.subject).toBe(
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    );
    expect(memo.to).toBe("นายกองค์การบริหารส่วนตำบลตาเนิน");
  });

  it("has the three sections of the seed, in order, with their paragraphs and proposal bullets", () => {
    const sections = data.report.memo.sections;
    expect(sections.map((s) => s.heading)).toEqual(["เรื่องเดิม", "ข้อเท็จจริง", "ข้อเสนอเพื่อพิจารณา"]);
    expect(sections[0]?.content).toEqual([
      "ตามที่คณะกรรมการทำงานเพื่อสนับสนุนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลตาเนิน ได้จัดทำรายงานการวิเคราะห์ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลตาเนิน ปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อแก้ไข/ปรับปรุงสำหรับประเด็นที่ต้องปรับปรุง และเพื่อกำหนดมาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ โดยได้มีการดำเนินการขับเคลื่อนมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น",
    ]);
    expect(sections[1]?.content).toEqual([
      "คณะทำงานเพื่อสนับสนุนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานขององค์การบริหารส่วนตำบลตาเนิน จึงได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลตาเนิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    ]);
    expect(sections[2]?.content).toEqual([
      {
        bullets: [
          "เห็นควรพิจารณาให้เห็นความเห็นชอบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลตาเนิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
          "เห็นควรเผยแพร่รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลตาเนิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ทางเว็บไซต์ขององค์การบริหารส่วนตำบลตาเนินต่อไป",
        ],
      },
    ]);
  });

  it("closes and is signed by the policy analyst", () => {
    expect(data.report.memo.closing).toBe("จึงเรียนมาเพื่อโปรดพิจารณา");
    expect(data.report.memo.signer).toEqual({
      name: "นางสาวเสาวนิตย์ ประยูรพันธ์",
      position: ["นักวิเคราะห์นโยบายและแผนชำนาญการ"],
    });
  });

  it("has the seed's three reviewers with 1, 2 and 2 lines, the last signing as acting mayor", () => {
    expect(data.report.memo.reviewers).toEqual([
      {
        title: "ความคิดเห็นของหัวหน้าสำนักปลัด",
        lines: 1,
        signer: { name: "นายสามารถ มาตริทิพล", position: ["หัวหน้าสำนักปลัด"] },
      },
      {
        title: "ความคิดเห็นของปลัดองค์การบริหารส่วนตำบลตาเนิน",
        lines: 2,
        signer: { name: "นายปณวัฒน์ ประกายเพชร", position: ["ปลัดองค์การบริหารส่วนตำบลตาเนิน"] },
      },
      {
        title: "ความคิดเห็นของนายกองค์การบริหารส่วนตำบลตาเนิน",
        lines: 2,
        signer: {
          name: "นายปณวัฒน์ ประกายเพชร",
          position: ["ปลัดองค์การบริหารส่วนตำบลตาเนิน รักษาการแทน", "นายกองค์การบริหารส่วนตำบลตาเนิน"],
        },
      },
    ]);
  });

  it("keeps the default cover and table titles, which are the seed's", () => {
    expect(data.report.cover).toBeUndefined();
    expect(data.report.reportTitle).toBeUndefined();
    expect(data.report.numerals).toBe("thai");
  });
});

describe("the measures of fiscal year 2568", () => {
  it("are the seed's eight measures, numbered 1 to 8", () => {
    expect(data.measures.map((m) => m.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("have the seed's number of steps (measure ๘ lost its steps ๔, ๕ and the head of ๖ in the seed)", () => {
    expect(data.measures.map((m) => m.steps.length)).toEqual([5, 5, 3, 7, 5, 9, 7, 10]);
  });

  it("keep the seed's own numbers where measure ๘ lost steps: the tail of ๖ from its item (๓)", () => {
    expect(measure(8).steps[3]).toEqual({
      no: 6,
      itemsFrom: 3,
      items: [
        "การจัดซื้อจัดจ้าง",
        {
          text: "การบริหารงานบุคคล ในการประเมินความเสี่ยงการทุจริตแต่ละประเด็นต้องมีรายละเอียด ดังนี้",
          items: ["เหตุการณ์ความเสี่ยงและระดับของความเสี่ยง", "มาตรการในการบริหารจัดการความเสี่ยง"],
        },
      ],
    });
  });

  it("are all done, over the whole fiscal year", () => {
    for (const m of data.measures) {
      expect(m.status).toBe("done");
      expect(m.period).toBeUndefined();
    }
  });

  it("list the responsible units without their numbers", () => {
    const allUnits = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"];
    expect(measure(1).responsible).toEqual(allUnits);
    expect(measure(6).responsible).toEqual(allUnits);
    for (const no of [2, 3, 4, 5, 7, 8]) expect(measure(no).responsible).toEqual(["สำนักปลัด"]);
  });

  it("keep the sub-items of the steps, nested where the seed starts a second list", () => {
    expect(stepItems(measure(2).steps[0])).toHaveLength(4);
    expect(stepItems(measure(3).steps[0])).toHaveLength(6);
    expect(stepItems(measure(3).steps[1])).toHaveLength(4);
    expect(stepItems(measure(6).steps[3])).toHaveLength(12);
    expect(stepItems(measure(7).steps[1])).toHaveLength(8);

    const executives = stepItems(measure(4).steps[1]);
    expect(executives).toHaveLength(2);
    expect(nestedItems(executives[1])).toEqual(["ชื่อ-นามสกุล", "ตำแหน่ง", "รูปถ่าย", "ช่องทางการติดต่อ"]);

    const procurementSummary = stepItems(measure(6).steps[4]);
    expect(procurementSummary).toHaveLength(4);
    expect(itemText(procurementSummary[3])).toBe(
      "ข้อเสนอแนะและรายงานผลการจัดซื้อจัดจ้างฯ ของหน่วยงานโดยมีรายละเอียดดังนี้",
    );
    expect(nestedItems(procurementSummary[3])).toHaveLength(12);
    expect(nestedItems(procurementSummary[3]).at(-1)).toBe("วันสิ้นสุดสัญญา");

    const itaAnalysis = stepItems(measure(8).steps[7]);
    expect(itaAnalysis).toHaveLength(7);
    expect(nestedItems(itaAnalysis[6])).toHaveLength(4);
  });

  it("keep the bullets of measure ๗ step ๖", () => {
    const step = measure(7).steps[5];
    expect(typeof step === "object" && step.bullets).toEqual([
      "ประมวลจริยธรรมผู้บริหารท้องถิ่น",
      "ประมวลจริยธรรมสมาชิกสภาท้องถิ่น",
      "ประกาศคณะกรรมการมาตรฐานการบริหารงานบุคคลส่วนท้องถิ่น เรื่อง ประมวลจริยธรรมพนักงานส่วนท้องถิ่น",
    ]);
  });

  it("hold the seed's sentences, joined across lines and pages", () => {
    expect(measure(1).steps[1]).toBe(
      "กำชับให้เจ้าหน้าที่ผู้ปฏิบัติหรือให้บริการประชาชน ถือปฏิบัติตามคู่มือดังกล่าวโดยเคร่งครัด",
    );
    expect(measure(1).steps[4]).toBe(
      "กำหนดแนวปฏิบัติ Do & Don't ที่เป็นแนวทางในการประพฤติตนทางจริยธรรมของหน่วยงาน",
    );
    expect(itemText(stepItems(measure(2).steps[2])[0])).toBe("ผลการดำเนินงานของแต่ละโครงการ/กิจกรรม");
    expect(itemText(stepItems(measure(3).steps[0])[4])).toBe(
      "ค่าธรรมเนียม (กรณีไม่มีค่าธรรมเนียม ให้ระบุ “ไม่มีค่าธรรมเนียม”)",
    );
    expect(measure(4).steps[5]).toBe(
      "จัดให้มีช่องทางการสอบถามข้อมูลต่าง ๆ และหน่วยงานสามารถสื่อสารให้คำตอบกับผู้สอบถามได้ โดยมีลักษณะเป็นการสื่อสารได้สองทาง (Q&A) ยกตัวอย่างเช่น Messenger Live Chat, Chatbot, Line official Account, Web board ที่สามารถเข้าถึงหรือเชื่อมโยงไปยังช่องทางข้างต้นได้จากเว็บไซต์หลักของหน่วยงาน",
    );
    expect(measure(5).outcomes[2]).toBe("บุคลากรไม่เคยถูกร้องเรียนเรื่องผลประโยชน์ทับซ้อน");
    expect(measure(6).steps[1]).toBe(
      "จัดทำแผนการจัดซื้อจัดจ้างฯ ของหน่วยงานตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ หากไม่มีการจัดจ้างฯ ที่มีวงเงินเกิน ๕ แสนบาท ให้จัดทำประกาศว่าไม่มีการจัดซื้อจัดจ้างฯ ในกรณีดังกล่าว",
    );
    expect(measure(7).title).toBe(
      "มาตรการการบริหารงานบุคคลอย่างโปร่งใสและเป็นธรรม แยกแยะระหว่างผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม",
    );
    expect(stepText(measure(8).steps[4]!)).toBe(
      "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบของหน่วยงาน ประจำปีงบประมาณ ๖๗ โดยมีรายละเอียดดังนี้",
    );
  });

  it("keep the outcome sub-headings, plain paragraphs and bullets apart", () => {
    expect(measure(1).outcomes[4]).toEqual({ heading: "ผลลัพธ์หรือความสำเร็จ" });
    expect(measure(1).outcomes[5]).toHaveProperty("paragraph");
    expect(measure(2).outcomes).toHaveLength(1);
    expect(measure(2).outcomes[0]).toHaveProperty("paragraph");
    expect(measure(3).outcomes.map((o) => (typeof o === "string" ? "bullet" : Object.keys(o)[0]))).toEqual([
      "paragraph",
      "heading",
      "bullet",
      "bullet",
    ]);
  });

  it("end measure ๘ with the agency's website", () => {
    expect(measure(8).outcomes.at(-1)).toBe(
      "องค์การบริหารส่วนตำบลตาเนิน มีการเผยแพร่ข้อมูลข่าวประชาสัมพันธ์เว็บไซต์ของหน่วยงาน https://www.tanem.go.th",
    );
  });
});

describe("the transcription of the seed", () => {
  const typos = [
    "ไต่บ้าง",
    "ประพจน์",
    "ประพฤตินิชอบ",
    "ประพฤตินิ ชอบ",
    "ปีบฯ",
    "แก่ไข",
    "องค์กรบริหาร",
    "นายกององค์การ",
    "E- Service",
    "ขย ",
    "&amp;",
    "<p>",
  ];

  it("contains none of the seed's extraction typos or HTML residue", () => {
    const texts = [
      ...data.measures.flatMap(measureTexts),
      JSON.stringify(data.report),
      JSON.stringify(data.agency),
    ];
    for (const typo of typos) {
      expect(texts.filter((t) => t.includes(typo))).toEqual([]);
    }
  });

  it("keeps Thai digits in the text and no doubled or stray spaces", () => {
    const texts = data.measures.flatMap(measureTexts);
    expect(texts.filter((t) => /[0-9]/.test(t.replace(/https?:\S+/g, "")))).toEqual([]);
    expect(texts.filter((t) => / {2}|^ | $/.test(t))).toEqual([]);
  });

  it("names the JSON schema at the top of every file", () => {
    expect(rawTexts).toHaveLength(10);
    for (const raw of rawTexts) {
      expect(raw).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)*(\.\/)?schema\/(agency|report|measure)\.schema\.json\n/);
    }
  });
});
