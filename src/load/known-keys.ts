import type { z } from "zod";
import type { PathSegment } from "./format-path.js";

/** The parts of zod 4's schema definitions this walk reads (`schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value can be checked against once wrappers and unions are opened. */
function alternatives(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return alternatives(def.innerType);
  // A pipe is a transform (DateField: string → date) or a preprocess (fillable: any → schema).
  if (def.type === "pipe") return [def.in, def.out].flatMap((s) => (s ? alternatives(s) : []));
  if (def.type === "union" && def.options) return def.options.flatMap(alternatives);
  return [schema];
}

/**
 * The field names a strict object accepts at `path` of a schema (all object branches of a union
 * together), for "did you mean" suggestions on unknown keys.
 */
export function knownKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current = alternatives(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (typeof segment === "number")
        return def.type === "array" && def.element ? alternatives(def.element) : [];
      const field = def.type === "object" ? def.shape?.[segment] : undefined;
      return field ? alternatives(field) : [];
    });
  }
  const keys = current.flatMap((s) => {
    const def = defOf(s);
    return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
  });
  return [...new Set(keys)];
}
