import { fileURLToPath } from "node:url";

/**
 * The templates/ folder of the installed package: two levels above this module both in the
 * sources (src/scaffold/) and in the compiled output (dist/scaffold/).
 */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
