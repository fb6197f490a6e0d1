/** The benchmark's data: the project's seeded generator, two monthly snapshots (about 4.4 rows per household). */

import { SAMPLE_DEFAULTS, sampleCsv } from "../../src/cli/sample/dataset";

/** Snapshots per dataset: the latest plus one previous, so the rising flag has something to compare. */
export const SNAPSHOTS = 2;

/**
 * The CSV text for `households` households; the same size and seed always give the same bytes.
 * Seed 2 is the "changed data" the visual's data-change runs alternate with.
 */
export function datasetCsv(households: number, seed = 1): string {
  return [...sampleCsv({ ...SAMPLE_DEFAULTS, households, snapshots: SNAPSHOTS, seed })].join("");
}
