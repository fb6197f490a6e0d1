/** What the renderers draw: plain view-model records, built by pure functions from the model. */

/** The three views, by the kind their panels carry. */
export type ViewKind = "heatMatrix" | "bars" | "flags";

/** One heat-matrix cell. `fill` null means no shading (zero, hidden or high contrast). */
export interface CellVM {
  text: string;
  aria: string;
  fill: string | null;
  ink: string;
}

/** Common to every row a view lists. `pos` is its position in the list; `id` a household or district. */
export interface RowVM {
  pos: number;
  id: number;
  label: string;
  aria: string;
  selected: boolean;
  dimmed: boolean;
}

/** A heat-matrix row: a household or a district with one cell per shown domain. */
export interface HeatRowVM extends RowVM {
  cells: CellVM[];
  /** Null when the row cannot expand or drill (a suppressed district). */
  expander: { expanded: boolean; label: string; glyph: string } | null;
}

/** A piece of a bar, positioned in percent of the track. `part` names it for tooltips. */
export interface SegmentVM {
  part: string;
  left: number;
  width: number;
  fill: string;
  /** Hatched: a suppressed count drawn at a fixed width, so its length reveals nothing. */
  hatched: boolean;
}

/** A priority bar row. */
export interface BarRowVM extends RowVM {
  /** Traffic light as shape and word, e.g. "● rood"; empty at district level. */
  mark: string;
  light: "red" | "orange" | "green" | "none";
  segments: SegmentVM[];
  value: string;
  /** The tooltip's breakdown in words, read as the option's description; empty when none. */
  description: string;
}

/** A labelled badge; `part` names the flag for its tooltip. */
export interface BadgeVM {
  part: string;
  icon: string;
  text: string;
}

/** An early-warning row. */
export interface FlagRowVM extends RowVM {
  badges: BadgeVM[];
}

/** One line of a tooltip. */
export interface TipLine {
  displayName: string;
  value: string;
}

/** A column header of the heat-matrix. */
export interface ColumnVM {
  text: string;
}

/** A threshold mark on the bar track. */
export interface MarkVM {
  at: number;
  text: string;
  light: "red" | "orange";
}
