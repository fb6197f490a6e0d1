/**
 * Which problems travel together in the sample data, and which department reports them.
 * The co-occurrences follow what case workers describe: money trouble with low income and
 * housing, violence with child safety, parents' mental health with parenting, a fighting
 * divorce with relationship trouble and truancy.
 */

/** A department that delivers signals. */
export type Source = "WMO" | "Jeugd" | "Werk en Inkomen" | "Leerplicht" | "BOA" | "Schuldhulp";

/** A factor as a cluster produces it: its code, how likely it joins the cluster, who reports it. */
export interface ClusterFactor {
  code: string;
  p: number;
  sources: readonly Source[];
}

/** A household's hidden traits that make clusters more or less likely. */
export interface Traits {
  /** 0 (no extra risk) to 1 (high risk); most households are low. */
  risk: number;
  lowIncome: boolean;
}

/** Problems that appear together, with the chance a household has them at some point. */
export interface Cluster {
  name: string;
  p: (t: Traits) => number;
  factors: readonly ClusterFactor[];
}

const f = (code: string, p: number, ...sources: Source[]): ClusterFactor => ({ code, p, sources });

/** The clusters of the sample data. */
export const CLUSTERS: readonly Cluster[] = [
  {
    name: "geld",
    p: (t) => (t.lowIncome ? 0.55 : 0.06),
    factors: [
      f("lage_ses", 0.85, "Werk en Inkomen"),
      f("financiele_problemen", 0.9, "Schuldhulp", "Werk en Inkomen"),
      f("huisvesting", 0.45, "WMO", "Schuldhulp"),
      f("dagbesteding", 0.3, "Werk en Inkomen"),
    ],
  },
  {
    name: "geweld",
    p: (t) => 0.03 + 0.25 * t.risk,
    factors: [
      f("huiselijk_geweld", 0.8, "BOA", "Jeugd"),
      f("geweld_kind", 0.5, "Jeugd"),
      f("veiligheid_kind", 0.65, "Jeugd", "Leerplicht"),
      f("geweld_ouders", 0.2, "BOA"),
    ],
  },
  {
    name: "psyche",
    p: (t) => 0.05 + 0.25 * t.risk,
    factors: [
      f("psych_ouders", 0.8, "WMO"),
      f("pedagogische_onmacht", 0.6, "Jeugd"),
      f("lvb_ouders", 0.15, "WMO"),
      f("weinig_responsiviteit", 0.25, "Jeugd"),
    ],
  },
  {
    name: "scheiding",
    p: (t) => 0.06 + 0.15 * t.risk,
    factors: [
      f("vechtscheiding", 0.8, "Jeugd"),
      f("relatieproblemen", 0.7, "WMO"),
      f("schoolverzuim", 0.6, "Leerplicht"),
      f("communicatieproblemen", 0.3, "Jeugd"),
    ],
  },
  {
    name: "kind",
    p: (t) => 0.06 + 0.2 * t.risk,
    factors: [
      f("psych_kind", 0.6, "Jeugd"),
      f("cogn_kind", 0.35, "Leerplicht", "Jeugd"),
      f("gezondheid_kind", 0.2, "WMO"),
    ],
  },
  {
    name: "overlast",
    p: (t) => 0.03 + 0.12 * t.risk,
    factors: [f("openbare_orde", 0.9, "BOA"), f("conflicten_buurt", 0.5, "BOA", "WMO")],
  },
  {
    name: "hulp",
    p: (t) => 0.02 + 0.2 * t.risk,
    factors: [
      f("hulpverlening_stagneert", 0.5, "Jeugd"),
      f("lange_hulpgeschiedenis", 0.7, "Jeugd", "WMO"),
      f("uithuisplaatsing", 0.1, "Jeugd"),
    ],
  },
  { name: "mantelzorg", p: () => 0.06, factors: [f("mantelzorg", 1, "WMO")] },
  { name: "eenzaamheid", p: () => 0.05, factors: [f("eenzaamheid", 1, "WMO")] },
  { name: "taal", p: () => 0.04, factors: [f("taalachterstand", 1, "Leerplicht")] },
];

/** Mild signals that many households have; one of them is used when a household has no other. */
export const MILD: readonly ClusterFactor[] = [
  f("gezondheid_ouders", 0.3, "WMO"),
  f("gebrek_netwerk", 0.2, "WMO"),
  f("negatieve_levensgebeurtenissen", 0.15, "Jeugd"),
];
