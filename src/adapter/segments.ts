/** Follows Power BI's fetchMoreData segments until every row has arrived or Power BI stops. */

import powerbi from "powerbi-visuals-api";

/** Where loading stands after an update. */
export type LoadState =
  | { kind: "loading"; rows: number }
  | { kind: "complete"; rows: number }
  /** Power BI declined to send more rows: the data are partial. */
  | { kind: "partial"; rows: number };

/** Anything that can ask Power BI for the next segment (the visual host). */
export interface SegmentSource {
  fetchMoreData(aggregateSegments?: boolean): boolean;
}

/**
 * Decides, per update, whether to ask for more rows. Segments are aggregated by Power BI
 * (`fetchMoreData(true)`), so each update carries every row received so far.
 */
export function followSegments(
  dataView: powerbi.DataView | undefined,
  rows: number,
  host: SegmentSource,
): LoadState {
  if (!dataView?.metadata?.segment) return { kind: "complete", rows };
  // fetchMoreData returns false when Power BI will send no more (memory limit or a pending request).
  return host.fetchMoreData(true) ? { kind: "loading", rows } : { kind: "partial", rows };
}
