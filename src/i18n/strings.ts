/** Every string the visual shows, in English and Dutch; the source of `stringResources/*`. */

type Entry = readonly [en: string, nl: string];

/** The visual's own strings by resource key. Placeholders are `{name}`. */
export const STRINGS = {
  Landing_Title: ["Gezinsbeeld: household signals", "Gezinsbeeld: signalen per huishouden"],
  Landing_Intro: [
    "Add the prepared signal table to this visual to rank households by priority and early warning.",
    "Voeg de voorbereide signalentabel toe aan deze visual om huishoudens te rangschikken op prioriteit en vroegsignalering.",
  ],
  Landing_Required: [
    "Required: Huishouden (pseudonymous household key) and Factor.",
    "Verplicht: Huishouden (pseudoniem huishoudnummer) en Factor.",
  ],
  Landing_Optional: [
    "Optional: Wijk, Leefgebied, Waarde, Bron, Peildatum, Ouders, Kinderen and Gewicht.",
    "Optioneel: Wijk, Leefgebied, Waarde, Bron, Peildatum, Ouders, Kinderen en Gewicht.",
  ],
  Landing_Privacy: [
    "Use pseudonymous keys only, never names or addresses.",
    "Gebruik alleen pseudonieme sleutels, nooit namen of adressen.",
  ],
  Loading: ["Loading data… {n} rows", "Gegevens laden… {n} rijen"],
  Partial: [
    "Power BI stopped sending data after {n} rows: the views show partial data.",
    "Power BI stuurde na {n} rijen geen gegevens meer: de weergaven tonen een deel van de gegevens.",
  ],
  Warning_Title: ["Gezinsbeeld could not use everything", "Gezinsbeeld kon niet alles gebruiken"],
  Warning_Rejected: ["{n} of {total} rows were rejected.", "{n} van {total} rijen zijn afgewezen."],
  Warning_Line: ["Line {line}: {reason}", "Regel {line}: {reason}"],
  Warning_More: ["… and {n} more.", "… en nog {n}."],
  Warning_Notes: ["{n} notes on the data:", "{n} opmerkingen over de gegevens:"],
  Warning_Settings: ["Settings not used: {reasons}", "Instellingen niet gebruikt: {reasons}"],
  View_HeatMatrix: ["Signals per life domain", "Signalen per leefgebied"],
  View_Bars: ["Priority", "Prioriteit"],
  View_Flags: ["Early warning", "Vroegsignalering"],
  Col_Household: ["Household", "Huishouden"],
  Col_Wijk: ["District", "Wijk"],
  Col_Households: ["Households", "Huishoudens"],
  Col_Expand: ["Details", "Details"],
  Household_Rank: ["Household {rank}", "Huishouden {rank}"],
  Light_red: ["red", "rood"],
  Light_orange: ["orange", "oranje"],
  Light_green: ["green", "groen"],
  "Flag_early-warning": ["early warning", "vroegsignaal"],
  "Flag_multi-domain": ["multiple life domains", "meerdere leefgebieden"],
  "Flag_known-widely": ["widely known", "breed bekend"],
  Flag_rising: ["rising", "stijgend"],
  "Rule_early-warning": [
    "{terms} = {value}, threshold {threshold}",
    "{terms} = {value}, drempel {threshold}",
  ],
  "Rule_multi-domain": [
    "{value} life domains, threshold {threshold}",
    "{value} leefgebieden, drempel {threshold}",
  ],
  "Rule_known-widely": [
    "{value} sources, threshold {threshold}",
    "{value} bronnen, drempel {threshold}",
  ],
  Rule_rising: [
    "priority {previous} → {value}, threshold +{threshold}",
    "prioriteit {previous} → {value}, drempel +{threshold}",
  ],
  // The number first, as on screen, so the option's name contains its visible text in order.
  Priority: ["{value} (priority)", "{value} (prioriteit)"],
  Previous: ["was {value}", "was {value}"],
  Threshold_Mark: ["{light} from {value}", "{light} vanaf {value}"],
  Legend_Factors: ["Active factors per life domain", "Actieve factoren per leefgebied"],
  Legend_Households: [
    "Households with a signal in the life domain",
    "Huishoudens met een signaal in het leefgebied",
  ],
  Cell_Factors: ["{domain}: {value} active factors", "{domain}: {value} actieve factoren"],
  Cell_Factor: ["{domain}: 1 active factor", "{domain}: 1 actieve factor"],
  Cell_Households: ["{domain}: {value} households", "{domain}: {value} huishoudens"],
  Cell_Hidden: ["{domain}: not shown (small district)", "{domain}: niet getoond (kleine wijk)"],
  Suppressed: ["fewer than {k}", "minder dan {k}"],
  Suppressed_Spoken: ["(fewer than) {k}", "(minder dan) {k}"],
  Summary: [
    "{n} households, {red} red, {ew} with an early warning",
    "{n} huishoudens, {red} met rood, {ew} met een vroegsignaal",
  ],
  Summary_Wijk: ["{n} districts, {households} households", "{n} wijken, {households} huishoudens"],
  Summary_OutOfScope: ["{n} not a family (left out)", "{n} geen gezin (niet meegeteld)"],
  Summary_Date: ["snapshot {date}", "peildatum {date}"],
  Expand: ["Show factors of {label}", "Factoren van {label} tonen"],
  Collapse: ["Hide factors of {label}", "Factoren van {label} verbergen"],
  Details_Title: ["Factors of {label}", "Factoren van {label}"],
  Details_Sources: ["reported by {sources}", "gemeld door {sources}"],
  Details_NoSource: ["source unknown", "bron onbekend"],
  Back: ["← All districts", "← Alle wijken"],
  Drill_Title: ["District {wijk}", "Wijk {wijk}"],
  Drill_Hint: ["open to see its households", "open om de huishoudens te zien"],
  Empty_Households: ["No households to show.", "Geen huishoudens om te tonen."],
  Empty_Flags: ["No household has a flag.", "Geen huishouden heeft een signaal."],
  Wijk_Lights: [
    "{red} red, {orange} orange of {households}",
    "{red} rood, {orange} oranje van {households}",
  ],
  Wijk_Flag: ["{flag}: {value}", "{flag}: {value}"],
  Announce_Selected: ["{n} households selected", "{n} huishoudens geselecteerd"],
  Announce_SelectedOne: ["1 household selected", "1 huishouden geselecteerd"],
  Announce_Cleared: ["Selection cleared", "Selectie opgeheven"],
  Announce_Ranked: ["Ranking updated: {summary}", "Rangschikking bijgewerkt: {summary}"],
  Announce_Expanded: ["Showing factors of {label}", "Factoren van {label} getoond"],
  Segment: ["{group}: weight {value}", "{group}: gewicht {value}"],
  Group_veiligheid_kind: ["Child safety", "Veiligheid van het kind"],
  Group_huiselijk_geweld: ["Domestic violence and abuse", "Huiselijk geweld en mishandeling"],
  Group_psych_kind: ["Psychological problems child", "Psychische problemen kind"],
  Group_hulpverlening_stagneert: ["Care is stagnating", "Hulpverlening stagneert"],
  Group_mentaal_ouders: [
    "Psychological or cognitive problems parents",
    "Psychische of cognitieve problemen ouders",
  ],
  Group_cogn_kind: ["Cognitive problems child", "Cognitieve problemen kind"],
  Group_pedagogische_onmacht: ["Parenting incapacity", "Pedagogische onmacht"],
  Group_openbare_orde: ["Public order and safety", "Openbare orde en veiligheid"],
  Group_financiele_problemen: ["Financial problems", "Financiële problemen"],
} as const satisfies Record<string, Entry>;

/** A key of the visual's own strings. */
export type StringKey = keyof typeof STRINGS;
