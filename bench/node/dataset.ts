/** The benchmark's data: the project's seeded generator, two monthly snapshots (about 4.4 rows per household). */

import { SAMPLE_DEFAULTS, sampleCsv } from "../../src/cli/sample/dataset";

/** Snapshots per dataset: the latest plus one previous, so the rising flag has something to compare. */
export const SNAPSHOTS = 2;

/** The CSV text for `households` households; the same size always gives the same bytes. */
export function datasetCsv(households: number): string {
  return [...sampleCsv({ ...SAMPLE_DEFAULTS, households, snapshots: SNAPSHOTS })].join("");
}
