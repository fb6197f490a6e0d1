/** The household model: catalogue, rows, scoring, district level and report. Free of Power BI and the DOM. */

export * from "./catalogue";
export * from "./messages";
export * from "./order";
export * from "./reasons";
export * from "./report";
export * from "./rows";
export * from "./scoring";
export * from "./settings";
export * from "./table";
export * from "./wijk";
export type { FactorEntry, GroupEntry } from "./factors";
