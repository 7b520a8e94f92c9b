import { describe, expect, it } from "vitest";
import { issuesOf } from "./load-cases.js";

const M = "2568/measures/01-service.yaml";
const F = `data/${M}`;
const MEASURE = "no: 1\ntitle: มาตรการ\nsteps: [ขั้นตอน]\nresponsible: [สำนักปลัด]\nstatus: done\n";
const AGENCY = "name: อบต.ตาเนิน\ndistrict: อำเภอเนินสง่า\nprovince: จังหวัดชัยภูมิ\n";
const MEMO =
  "memo: {department: a, subject: b, to: c, sections: [{content: [d]}], signer: {name: e, position: f}}\n";
const measure = (from: string, to: string): Record<string, string> => ({ [M]: MEASURE.replace(from, to) });

interface Case {
  readonly name: string;
  readonly changes: Readonly<Record<string, string | Uint8Array | null>>;
  readonly th: readonly string[];
  readonly en: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: "a YAML syntax error is located",
    changes: { [M]: 'no: 1\ntitle: "ไม่ปิด\n' },
    th: [`${F}:3:1: รูปแบบ YAML ไม่ถูกต้อง: Missing closing "quote | ขาดเครื่องหมายคำพูดหรือวงเล็บปิด`],
    en: [`${F}:3:1: YAML syntax error: Missing closing "quote | a closing quote or bracket is missing`],
  },
  {
    name: "a tab used for indentation is named",
    changes: { [M]: "no: 1\nsteps:\n\t- x\n" },
    th: [`${F}:3:1: ใช้แท็บ (Tab) ในการย่อหน้า | ย่อหน้าด้วยการเว้นวรรค (space) เท่านั้น`],
    en: [`${F}:3:1: a tab is used for indentation | indent with spaces only`],
  },
  {
    name: "a colon inside unquoted text says to quote it",
    changes: measure("title: มาตรการ", "title: ข้อ 1: มาตรการ"),
    th: [
      `${F}:2:8: เครื่องหมาย : ที่ตามด้วยเว้นวรรคภายในข้อความ ทำให้ YAML อ่านเป็นหัวข้อใหม่ | ใส่ข้อความทั้งหมดในเครื่องหมายคำพูด เช่น title: "…: …"`,
    ],
    en: [
      `${F}:2:8: a colon followed by a space inside a value makes YAML read a new field | put the whole text in double quotes: title: "…: …"`,
    ],
  },
  {
    name: "a key written twice is an error",
    changes: { [M]: `${MEASURE}status: not-done\n` },
    th: [`${F}:6:1: หัวข้อ "status" ซ้ำกัน | เก็บไว้เพียงหัวข้อเดียว`],
    en: [`${F}:6:1: the field "status" appears twice | keep only one of them`],
  },
  {
    name: "a number where text is expected says so and suggests quotes",
    changes: measure("title: มาตรการ", "title: 2568"),
    th: [`${F}:2:8 title: ต้องเป็นข้อความ แต่พบตัวเลข | ใส่ค่าในเครื่องหมายคำพูดเพื่อให้เป็นข้อความ: "…"`],
    en: [
      `${F}:2:8 title: expected text, got a number | put the value in double quotes to keep it as text: "…"`,
    ],
  },
  {
    name: "a missing required field is named",
    changes: measure("title: มาตรการ\n", ""),
    th: [`${F}:1:1 title: ขาดหัวข้อ "title" ซึ่งต้องมี | เพิ่ม "title:" ตรงนี้`],
    en: [`${F}:1:1 title: the required field "title" is missing | add "title:" here`],
  },
  {
    name: "a field left empty points at its key",
    changes: measure("title: มาตรการ", "title:"),
    th: [`${F}:2:1 title: ไม่ได้กรอกค่า | กรอกค่าหลังเครื่องหมาย :`],
    en: [`${F}:2:1 title: the value is empty | write a value after the colon`],
  },
  {
    name: "an empty list entry says to write it after the dash",
    changes: measure("steps: [ขั้นตอน]", "steps:\n  -\n  - ก"),
    th: [`${F}:4:4 steps[0]: ไม่ได้กรอกค่า | เขียนรายการหลังเครื่องหมาย - หรือลบบรรทัดนี้`],
    en: [`${F}:4:4 steps[0]: the value is empty | write the entry after the "-", or remove the line`],
  },
  {
    name: "a fraction where a whole number is expected shows the value",
    changes: measure("no: 1", "no: 1.5"),
    th: [`${F}:1:5 no: ต้องเป็นจำนวนเต็ม แต่พบ 1.5`],
    en: [`${F}:1:5 no: expected a whole number, got 1.5`],
  },
  {
    name: "a typo in a memo block (a union) gets a did-you-mean",
    changes: {
      "2568/report.yaml": `fiscalYear: 2568\n${MEMO.replace("content: [d]", "content: [{bulets: [x]}]")}`,
    },
    th: [
      'data/2568/report.yaml:2:65 memo.sections[0].content[0].bulets: ไม่รู้จักหัวข้อ "bulets" | หมายถึง "bullets" ใช่หรือไม่',
    ],
    en: [
      'data/2568/report.yaml:2:65 memo.sections[0].content[0].bulets: unknown field "bulets" | did you mean "bullets"?',
    ],
  },
  {
    name: "a YAML tag is refused with YAML's warning",
    changes: measure("title: มาตรการ", "title: !foo มาตรการ"),
    th: [`${F}:2:8: คำเตือนจาก YAML: Unresolved tag: !foo | ลบแท็ก (!…) หรือคำสั่ง (%…) ออก: ใช้ค่าธรรมดาก็เพียงพอ`],
    en: [
      `${F}:2:8: YAML warning: Unresolved tag: !foo | remove the tag (!…) or directive (%…): plain values are enough`,
    ],
  },
  {
    name: "blank text is refused",
    changes: measure("title: มาตรการ", 'title: "  "'),
    th: [`${F}:2:8 title: ข้อความว่างเปล่า | กรอกข้อความ หรือลบหัวข้อนี้ออกหากไม่จำเป็น`],
    en: [`${F}:2:8 title: the text is empty | write the text, or remove the field if it is optional`],
  },
  {
    name: "an empty list is refused",
    changes: measure("responsible: [สำนักปลัด]", "responsible: []"),
    th: [`${F}:4:14 responsible: รายการว่างเปล่า | เพิ่มอย่างน้อยหนึ่งรายการ`],
    en: [`${F}:4:14 responsible: the list is empty | add at least one entry`],
  },
  {
    name: "a typo'd key gets a did-you-mean and no second 'missing' issue",
    changes: measure("responsible:", "respnsible:"),
    th: [`${F}:4:1 respnsible: ไม่รู้จักหัวข้อ "respnsible" | หมายถึง "responsible" ใช่หรือไม่`],
    en: [`${F}:4:1 respnsible: unknown field "respnsible" | did you mean "responsible"?`],
  },
  {
    name: "an unknown key far from every field lists the allowed ones",
    changes: { [M]: `${MEASURE}colour: red\n` },
    th: [
      `${F}:6:1 colour: ไม่รู้จักหัวข้อ "colour" | หัวข้อที่ใช้ได้ตรงนี้: no, title, steps, period, responsible, budget, status, reason, outcomes`,
    ],
    en: [
      `${F}:6:1 colour: unknown field "colour" | the fields allowed here are: no, title, steps, period, responsible, budget, status, reason, outcomes`,
    ],
  },
  {
    name: "a typo inside a step (a union) is reported as an unknown key, not as a dump of branches",
    changes: measure("steps: [ขั้นตอน]", "steps:\n  - text: ขั้นตอน\n    itmes: [ก]"),
    th: [`${F}:5:5 steps[0].itmes: ไม่รู้จักหัวข้อ "itmes" | หมายถึง "items" ใช่หรือไม่`],
    en: [`${F}:5:5 steps[0].itmes: unknown field "itmes" | did you mean "items"?`],
  },
  {
    name: "a typo in a sub-item nested two unions deep is found",
    changes: measure(
      "steps: [ขั้นตอน]",
      "steps:\n  - text: ขั้นตอน\n    items:\n      - text: ก\n        itme: [ข]",
    ),
    th: [`${F}:7:9 steps[0].items[0].itme: ไม่รู้จักหัวข้อ "itme" | หมายถึง "items" ใช่หรือไม่`],
    en: [`${F}:7:9 steps[0].items[0].itme: unknown field "itme" | did you mean "items"?`],
  },
  {
    name: "a typo in an outcome picks the branch it meant",
    changes: { [M]: `${MEASURE}outcomes:\n  - headng: ผลลัพธ์\n` },
    th: [`${F}:7:5 outcomes[0].headng: ไม่รู้จักหัวข้อ "headng" | หมายถึง "heading" ใช่หรือไม่`],
    en: [`${F}:7:5 outcomes[0].headng: unknown field "headng" | did you mean "heading"?`],
  },
  {
    name: "a number as a step reads as meant for text",
    changes: measure("steps: [ขั้นตอน]", "steps:\n  - ขั้นตอน\n  - 3"),
    th: [`${F}:5:5 steps[1]: ต้องเป็นข้อความ แต่พบตัวเลข | ใส่ค่าในเครื่องหมายคำพูดเพื่อให้เป็นข้อความ: "…"`],
    en: [
      `${F}:5:5 steps[1]: expected text, got a number | put the value in double quotes to keep it as text: "…"`,
    ],
  },
  {
    name: "a wrong status lists the allowed values and the nearest",
    changes: measure("status: done", "status: don"),
    th: [`${F}:5:9 status: ใช้ "don" ไม่ได้: ต้องเป็น "done" หรือ "not-done" | หมายถึง "done" ใช่หรือไม่`],
    en: [`${F}:5:9 status: "don" is not allowed here: use "done" or "not-done" | did you mean "done"?`],
  },
  {
    name: "a number in Thai digits is text to YAML: the hint gives it in Arabic digits",
    changes: measure("no: 1", "no: ๑"),
    th: [`${F}:1:5 no: ต้องเป็นตัวเลข แต่พบข้อความ | เขียนตัวเลขโดยไม่มีเครื่องหมายคำพูด และใช้เลขอารบิก: 1`],
    en: [`${F}:1:5 no: expected a number, got text | write the number without quotes, in Arabic digits: 1`],
  },
  {
    name: "a date that does not exist says how many days its month has",
    changes: { [M]: `${MEASURE}period: { from: 2568-02-30, to: 2568-09-30 }\n` },
    th: [`${F}:6:17 period.from: ไม่มีวันที่ "2568-02-30": เดือนกุมภาพันธ์ 2568 มี 28 วัน | ตรวจสอบวันและเดือน`],
    en: [
      `${F}:6:17 period.from: "2568-02-30" does not exist: February 2568 B.E. has 28 days | check the day and the month`,
    ],
  },
  {
    name: "a month 13 does not exist",
    changes: { [M]: `${MEASURE}period:\n  from: 2567-13-01\n  to: 30 ก.ย. 68\n` },
    th: [`${F}:7:9 period.from: ไม่มีวันที่ "2567-13-01": ไม่มีเดือนที่ 13 | เดือนมีตั้งแต่ 1 ถึง 12`],
    en: [`${F}:7:9 period.from: "2567-13-01" does not exist: there is no month 13 | months run from 1 to 12`],
  },
  {
    name: "an unknown Thai month name is named",
    changes: { [M]: `${MEASURE}period:\n  from: 1 ตุลา 2567\n  to: 30 กันยายน 2568\n` },
    th: [`${F}:7:9 period.from: "ตุลา" ใน "1 ตุลา 2567" ไม่ใช่ชื่อเดือน | ใช้ชื่อเดือนเต็ม (เมษายน) หรือชื่อย่อ (เม.ย.)`],
    en: [
      `${F}:7:9 period.from: "ตุลา" in "1 ตุลา 2567" is not a Thai month name | use the full name (เมษายน) or its abbreviation (เม.ย.)`,
    ],
  },
  {
    name: "text that is no date shows the accepted forms",
    changes: { [M]: `${MEASURE}period:\n  from: พรุ่งนี้\n  to: 30 ก.ย. 68\n` },
    th: [
      `${F}:7:9 period.from: "พรุ่งนี้" ไม่ใช่วันที่ | เขียนเป็น 2568-04-24, 2025-04-24, ๒๔ เมษายน ๒๕๖๘ หรือ 24 เม.ย. 68`,
    ],
    en: [
      `${F}:7:9 period.from: "พรุ่งนี้" is not a date | write it as 2568-04-24, 2025-04-24, ๒๔ เมษายน ๒๕๖๘ or 24 เม.ย. 68`,
    ],
  },
  {
    name: "a period ending before it starts quotes both dates as written",
    changes: { [M]: `${MEASURE}period:\n  from: ๓๐ กันยายน ๒๕๖๘\n  to: 1 ต.ค. 67\n` },
    th: [
      `${F}:8:7 period.to: ช่วงเวลาสิ้นสุด (1 ต.ค. 67) ก่อนวันเริ่มต้น (๓๐ กันยายน ๒๕๖๘) | วันที่ใน to ต้องไม่อยู่ก่อนวันที่ใน from`,
    ],
    en: [
      `${F}:8:7 period.to: the period ends (1 ต.ค. 67) before it starts (๓๐ กันยายน ๒๕๖๘) | \`to\` must be on or after \`from\``,
    ],
  },
  {
    name: "not-done without a reason asks for one",
    changes: measure("status: done", "status: not-done"),
    th: [
      `${F}:1:1 reason: ต้องระบุเหตุผล (reason) เมื่อ status เป็น not-done | เพิ่ม reason: อธิบายว่าเหตุใดจึงดำเนินการไม่ได้`,
    ],
    en: [
      `${F}:1:1 reason: a reason is required when status is not-done | add reason: saying why the measure could not be done`,
    ],
  },
  {
    name: "a duplicate measure number names both files",
    changes: { "2568/measures/02-budget.yaml": MEASURE },
    th: [
      "data/2568/measures/02-budget.yaml:1:5 no: ลำดับที่ 1 ซ้ำกับไฟล์ data/2568/measures/01-service.yaml | แต่ละมาตรการต้องมีลำดับที่ไม่ซ้ำกัน: แก้ลำดับที่ของไฟล์ใดไฟล์หนึ่ง",
    ],
    en: [
      "data/2568/measures/02-budget.yaml:1:5 no: measure number 1 is also used by data/2568/measures/01-service.yaml | each measure needs its own number: renumber one of the two",
    ],
  },
  {
    name: "missing measure numbers are listed",
    changes: { "2568/measures/05.yaml": MEASURE.replace("no: 1", "no: 5") },
    th: [
      "data/2568/measures: ไม่มีมาตรการลำดับที่ 3 และ 4: ลำดับที่ต้องเรียงตั้งแต่ 1 ถึง 5 โดยไม่ข้าม | แก้ลำดับที่ของมาตรการ หรือเพิ่มมาตรการที่ขาด",
    ],
    en: [
      "data/2568/measures: no measure has the number 3 or 4: numbers must run from 1 to 5 without gaps | renumber the measures, or add the missing ones",
    ],
  },
  {
    name: "an empty file is named",
    changes: { [M]: "" },
    th: [`${F}: ไฟล์ว่างเปล่า | กรอกข้อมูลลงในไฟล์ (ดู docs/data-format.md)`],
    en: [`${F}: the file is empty | fill it in (see docs/data-format.md)`],
  },
  {
    name: "a file of comments only is empty too",
    changes: { [M]: "# to do\n" },
    th: [`${F}: ไฟล์ว่างเปล่า | กรอกข้อมูลลงในไฟล์ (ดู docs/data-format.md)`],
    en: [`${F}: the file is empty | fill it in (see docs/data-format.md)`],
  },
  {
    name: "a file saved as TIS-620 says so and how to convert it",
    // "no: 1\ntitle: สวัสดี" in TIS-620: Thai letters are single bytes 0xA1–0xFB.
    changes: {
      [M]: new Uint8Array([...Buffer.from("no: 1\ntitle: "), 0xca, 0xc7, 0xd1, 0xca, 0xb4, 0xd5, 0x0a]),
    },
    th: [
      `${F}:2:8: ไฟล์ถูกบันทึกด้วยรหัสภาษาไทยของ Windows (TIS-620/windows-874) ไม่ใช่ UTF-8 | แปลงด้วยคำสั่ง iconv -f TIS-620 -t UTF-8 in.yaml > out.yaml หรือเปิดไฟล์ในโปรแกรมแก้ไข แล้วบันทึกใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"`,
    ],
    en: [
      `${F}:2:8: the file is saved in the Thai Windows encoding (TIS-620/windows-874), not UTF-8 | convert it with: iconv -f TIS-620 -t UTF-8 in.yaml > out.yaml, or open it in your editor and save it again with the encoding "UTF-8"`,
    ],
  },
  {
    name: "other bytes that are not UTF-8 are named",
    changes: { [M]: new Uint8Array([...Buffer.from("no: 1\n"), 0xff, 0x0a]) },
    th: [
      `${F}:2:1: ไฟล์ไม่ใช่ข้อความ UTF-8 (อ่านไบต์ 0xFF ไม่ได้) | บันทึกไฟล์ใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"`,
    ],
    en: [
      `${F}:2:1: the file is not UTF-8 text (byte 0xFF cannot be read) | save it again with the encoding "UTF-8"`,
    ],
  },
  {
    name: "a UTF-16 file is named",
    changes: { [M]: new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x6f, 0x00]) },
    th: [`${F}: ไฟล์ถูกบันทึกเป็น UTF-16 ไม่ใช่ UTF-8 | บันทึกไฟล์ใหม่โดยเลือกการเข้ารหัส (Encoding) เป็น "UTF-8"`],
    en: [`${F}: the file is saved as UTF-16, not UTF-8 | save it again with the encoding "UTF-8"`],
  },
  {
    name: "a missing agency.yaml is named",
    changes: { "agency.yaml": null },
    th: [
      "data/agency.yaml: ไม่พบไฟล์นี้ | สร้างไฟล์นี้ โดยระบุชื่อหน่วยงาน (name) อำเภอ (district) และจังหวัด (province) (ดู docs/data-format.md)",
    ],
    en: [
      "data/agency.yaml: the file does not exist | create it with the agency's name, district and province (see docs/data-format.md)",
    ],
  },
  {
    name: "a missing report.yaml is named",
    changes: { "2568/report.yaml": null },
    th: ["data/2568/report.yaml: ไม่พบไฟล์นี้ | สร้างไฟล์นี้ โดยระบุ fiscalYear และ memo (ดู docs/data-format.md)"],
    en: [
      "data/2568/report.yaml: the file does not exist | create it with fiscalYear and memo (see docs/data-format.md)",
    ],
  },
  {
    name: "a year without measures is refused",
    changes: { "2568/measures": null },
    th: [
      "data/2568/measures: ไม่พบไฟล์มาตรการ (*.yaml) ในโฟลเดอร์นี้ | เพิ่มไฟล์มาตรการละหนึ่งไฟล์ เช่น 01.yaml ที่มี no: 1",
    ],
    en: [
      "data/2568/measures: there are no measure files (*.yaml) in this folder | add one file per measure, e.g. 01.yaml with no: 1",
    ],
  },
  {
    name: "fiscalYear must match its folder",
    changes: { "2568/report.yaml": `fiscalYear: 2567\n${MEMO}` },
    th: [
      "data/2568/report.yaml:1:13 fiscalYear: fiscalYear เป็น 2567 แต่ไฟล์อยู่ในโฟลเดอร์ 2568 | แก้ fiscalYear หรือย้ายไฟล์ไปไว้ในโฟลเดอร์ 2567",
    ],
    en: [
      "data/2568/report.yaml:1:13 fiscalYear: fiscalYear is 2567 but the file is in the folder 2568 | correct fiscalYear, or move the file to the folder 2567",
    ],
  },
  {
    name: "a C.E. fiscal year reminds that years are B.E.",
    changes: { "2568/report.yaml": `fiscalYear: 2025\n${MEMO}` },
    th: [
      "data/2568/report.yaml:1:13 fiscalYear: 2025 น้อยเกินไป: ต้องไม่น้อยกว่า 2400 | ปีงบประมาณเป็นปี พ.ศ. เช่น 2568",
    ],
    en: [
      "data/2568/report.yaml:1:13 fiscalYear: 2025 is too small: the smallest allowed is 2400 | the fiscal year is in B.E., e.g. 2568",
    ],
  },
  {
    name: "a website without http(s) is refused",
    changes: { "agency.yaml": `${AGENCY}website: www.tanem.go.th\n` },
    th: [
      'data/agency.yaml:4:10 website: "www.tanem.go.th" ไม่ใช่ที่อยู่เว็บไซต์ที่ขึ้นต้นด้วย http:// หรือ https:// | เขียนที่อยู่เต็ม เช่น https://www.tanem.go.th',
    ],
    en: [
      'data/agency.yaml:4:10 website: "www.tanem.go.th" is not a web address starting with http:// or https:// | write the full address, e.g. https://www.tanem.go.th',
    ],
  },
  {
    name: "an entry of words: with a space inside is not one word",
    changes: { "agency.yaml": `${AGENCY}words:\n  - ตาเนิน\n  - หนองบัว แดง\n` },
    th: [
      'data/agency.yaml:6:5 words[1]: "หนองบัว แดง" ไม่ใช่คำเดียว: รายการใน words: ต้องไม่มีช่องว่าง | แยกแต่ละคำเป็นรายการของตัวเอง เพราะบรรทัดตัดที่ช่องว่างได้อยู่แล้ว',
    ],
    en: [
      'data/agency.yaml:6:5 words[1]: "หนองบัว แดง" is not one word: an entry of words: may not hold a space | write each word as its own entry; a line may break at a space anyway',
    ],
  },
  {
    name: "an alias bomb stops at yaml's alias limit",
    changes: {
      [M]: "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    },
    th: [
      `${F}:1:1: อ่านข้อมูลในไฟล์ไม่ได้: Excessive alias count indicates a resource exhaustion attack | เขียนค่าลงไปตรง ๆ แทนการใช้ anchor (&) และ alias (*) ของ YAML`,
    ],
    en: [
      `${F}:1:1: the file cannot be read as data: Excessive alias count indicates a resource exhaustion attack | write the values out instead of YAML anchors (&) and aliases (*)`,
    ],
  },
  {
    name: "the 'to fill in' marker left by init is listed as still to fill in, text or status",
    changes: {
      [M]: MEASURE.replace("title: มาตรการ", "title: <<กรอกข้อมูล>>").replace(
        "status: done",
        "status: <<กรอกข้อมูล>>",
      ),
    },
    th: [
      `${F}:2:8 title: ยังไม่ได้กรอกข้อมูล: ค่ายังเป็นเครื่องหมาย <<กรอกข้อมูล>> | เขียนข้อมูลของปีนี้แทนเครื่องหมายนั้น`,
      `${F}:5:9 status: ยังไม่ได้กรอกข้อมูล: ค่ายังเป็นเครื่องหมาย <<กรอกข้อมูล>> | เขียนข้อมูลของปีนี้แทนเครื่องหมายนั้น`,
    ],
    en: [
      `${F}:2:8 title: still to fill in: the value holds the marker <<กรอกข้อมูล>> | write this year's value in its place`,
      `${F}:5:9 status: still to fill in: the value holds the marker <<กรอกข้อมูล>> | write this year's value in its place`,
    ],
  },
  {
    name: "a list where a mapping is expected says so",
    changes: { [M]: "- a\n- b\n" },
    th: [`${F}:1:1: ต้องเป็นชุดหัวข้อ (ชื่อหัวข้อ: ค่า) แต่พบรายการ (บรรทัดละ - )`],
    en: [`${F}:1:1: expected a mapping (field: value), got a list`],
  },
];

describe("loadYear reports each kind of problem, located, in Thai and in English", () => {
  for (const c of CASES) {
    it(`${c.name} (th)`, async () => {
      expect(await issuesOf(c.changes, "th")).toEqual(c.th);
    });
    it(`${c.name} (en)`, async () => {
      expect(await issuesOf(c.changes, "en")).toEqual(c.en);
    });
  }
});
