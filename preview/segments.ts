/** Splits a categorical DataView into the segments Power BI sends when a dataset exceeds the row window. */

import type powerbi from "powerbi-visuals-api";

type DataView = powerbi.DataView;

/** The number of rows in a categorical DataView. */
export function rowCount(dataView: DataView): number {
  const categorical = dataView.categorical;
  return (
    categorical?.categories?.[0]?.values.length ?? categorical?.values?.[0]?.values.length ?? 0
  );
}

/**
 * The rows `[start, end)` of a DataView, as Power BI sends a segment: `metadata.segment` is set
 * (to an empty object) when rows remain after `end`, and absent on the last segment.
 */
export function segmentOf(dataView: DataView, start: number, end: number): DataView {
  const total = rowCount(dataView);
  const to = Math.min(end, total);
  const categorical = dataView.categorical!;
  const categories = categorical.categories?.map((c) => ({
    ...c,
    values: c.values.slice(start, to),
    identity: c.identity?.slice(start, to),
  }));
  const values = categorical.values?.map((v) => ({ ...v, values: v.values.slice(start, to) }));

  const metadata: powerbi.DataViewMetadata = { ...dataView.metadata };
  if (to < total) metadata.segment = {};
  else delete metadata.segment;
  return {
    ...dataView,
    metadata,
    categorical: { ...categorical, categories, values: values as powerbi.DataViewValueColumns },
  };
}

/** Where the next segment ends, given the row window from the capabilities. */
export function nextEnd(loaded: number, window: number, total: number): number {
  return Math.min(loaded + window, total);
}

/** The row window of the first categorical mapping in the capabilities, or Power BI's default of 1000. */
export function rowWindow(capabilities: {
  dataViewMappings?: { categorical?: unknown }[];
}): number {
  const categorical = capabilities.dataViewMappings?.[0]?.categorical as
    | {
        categories?: {
          dataReductionAlgorithm?: { window?: { count?: number }; top?: { count?: number } };
        };
      }
    | undefined;
  const reduction = categorical?.categories?.dataReductionAlgorithm;
  return reduction?.window?.count ?? reduction?.top?.count ?? 1000;
}
