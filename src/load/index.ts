export { listYears } from "./list-years.js";
export { loadYear } from "./load-year.js";
export type { LoadOptions } from "./issue-list.js";
export { MAX_IMAGE_MEGABYTES } from "./load-image.js";
