// The programmatic API of ita-report, the one the CLI uses. Owners of other modules append
// their exports below (build, document builders, renderers).
export * from "./errors.js";
export * from "./model/index.js";
export { listYears, loadYear, type LoadOptions, MAX_IMAGE_MEGABYTES } from "./load/index.js";
export { localizeIssue, renderMessage, type MessageCode } from "./i18n/catalog.js";
export { isLang, type Lang, langFromEnv } from "./i18n/lang.js";
export { scaffoldYear, type ScaffoldOptions, type ScaffoldResult } from "./scaffold/scaffold-year.js";
export { DATA_FILE_KINDS, type DataFileKind, jsonSchemaOf, jsonSchemaText } from "./schema/json-schemas.js";
export { writeSchemas } from "./schema/write-schemas.js";
