/** What a list position in one of the views stands for: its row, its households, its tooltip. */

import { barRows, barTip } from "./barModel";
import { flagRows, flagTip } from "./flagModel";
import { Frame } from "./frame";
import { heatRows, heatTip } from "./heatModel";
import { RowVM, TipLine, ViewKind } from "./types";

/** The row a view shows at a list position. */
export function rowAt(f: Frame, kind: ViewKind, pos: number): RowVM | undefined {
  const rows = kind === "heatMatrix" ? heatRows : kind === "bars" ? barRows : flagRows;
  return rows(f, pos, pos + 1)[0];
}

/** The households behind a row: the household itself, or a district's members. */
export function householdsAt(f: Frame, kind: ViewKind, pos: number): number[] {
  const row = rowAt(f, kind, pos);
  if (!row) return [];
  return f.wijken ? f.wijken[row.id].members : [row.id];
}

/** The tooltip of a row, or of a part of it (`col` a heat-matrix column, `part` a segment or badge). */
export function tipAt(
  f: Frame,
  kind: ViewKind,
  pos: number,
  col: number,
  part: string | null,
): TipLine[] {
  if (kind === "heatMatrix") return heatTip(f, pos, col - 2);
  return kind === "bars" ? barTip(f, pos, part) : flagTip(f, pos, part);
}
