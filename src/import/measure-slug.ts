/**
 * File names of the eight standard ITA measures, found by words of their titles, in this order
 * (service standards before personnel, for its บุคคลภายนอก; procurement before budget, for
 * its งบประมาณ). Names match data/2568 and
 * stay ASCII so that every system and shell handles them.
 */
const SLUGS: readonly (readonly [RegExp, string])[] = [
  [/บุคคลภายนอก|เลือกปฏิบัติ/u, "service-standards"],
  [/จัดซื้อจัดจ้าง/u, "procurement-transparency"],
  [/ทรัพย์สิน/u, "public-property"],
  [/บริหารงานบุคคล|บุคลากร/u, "personnel-management"],
  [/ทุจริต/u, "anti-corruption"],
  [/ข้อมูลข่าวสาร|การรับรู้/u, "public-information"],
  [/คุณภาพ/u, "service-quality"],
  [/งบประมาณ/u, "budget-transparency"],
  [/ให้บริการ/u, "service-standards"],
];

/** "01-service-standards.yaml": the number on two digits, then the measure's kind. */
export function measureFileName(no: number, title: string): string {
  const slug = SLUGS.find(([pattern]) => pattern.test(title))?.[1] ?? "measure";
  return `${String(no).padStart(2, "0")}-${slug}.yaml`;
}
