/** Visual-only options (privacy level, key display, view, colours, rows) and their defaults. */

/** Which level the views show: households, or counts per district. */
export type Level = "household" | "wijk";

/** Which view the visual shows: all three, or one. */
export type ViewChoice = "all" | "heatMatrix" | "bars" | "flags";

/** Colours of the heat scale and the traffic light. */
export interface Colours {
  heatLow: string;
  heatHigh: string;
  red: string;
  orange: string;
  green: string;
}

/** Options that only the visual has; the scorer's settings live in the model's Settings. */
export interface VisualOptions {
  level: Level;
  /** False: households appear as rank labels ("Huishouden 1"), never by key. */
  showKeys: boolean;
  view: ViewChoice;
  colours: Colours;
  /** How many households (or districts) to list; 0 lists all. */
  rowCount: number;
}

/** The visual's defaults. Colours are chosen for AA contrast against white and black text. */
export function defaultOptions(): VisualOptions {
  return {
    level: "household",
    showKeys: false,
    view: "all",
    colours: {
      heatLow: "#EEF3FA",
      heatHigh: "#1F4E79",
      red: "#B3261E",
      orange: "#B35C00",
      green: "#2E7D32",
    },
    rowCount: 0,
  };
}

/** The allowed values of the enumerations, for the format pane and the mapping. */
export const LEVELS: readonly Level[] = ["household", "wijk"];
export const VIEWS: readonly ViewChoice[] = ["all", "heatMatrix", "bars", "flags"];
