/** The preview page's own words, in Dutch and English, following the locale switch. */

import type { Language } from "../../src/model";

const TEXT = {
  title: { nl: "Gezinsbeeld: voorbeeldweergave", en: "Gezinsbeeld: preview" },
  intro: {
    nl: "Het visual draait hier zoals in Power BI: in een afgeschermd frame, met een nagebootste rapportomgeving. Alle gegevens blijven op deze computer.",
    en: "The visual runs here as in Power BI: in a sandboxed frame, with a mimicked report host. All data stays on this computer.",
  },
  data: { nl: "Gegevens", en: "Data" },
  sample: { nl: "Voorbeeld (synthetisch)", en: "Sample (synthetic)" },
  noData: { nl: "Geen gegevens (landingspagina)", en: "No data (landing page)" },
  ownFile: { nl: "Eigen CSV-bestand", en: "Your own CSV file" },
  dropHint: {
    nl: "of sleep een CSV-bestand naar deze pagina",
    en: "or drop a CSV file onto this page",
  },
  locale: { nl: "Taal", en: "Language" },
  highContrast: { nl: "Hoog contrast", en: "High contrast" },
  width: { nl: "Breedte", en: "Width" },
  height: { nl: "Hoogte", en: "Height" },
  window: { nl: "Rijen per segment", en: "Rows per segment" },
  maxSegments: {
    nl: "Power BI stopt na segmenten (0 = nooit)",
    en: "Power BI stops after segments (0 = never)",
  },
  slicer: { nl: "Wijk (slicer)", en: "District (slicer)" },
  all: { nl: "Alle wijken", en: "All districts" },
  selection: { nl: "Selectie (kruisfilter)", en: "Selection (cross-filter)" },
  nothingSelected: {
    nl: "Niets geselecteerd: geen filter op andere visuals.",
    en: "Nothing selected: no filter on other visuals.",
  },
  clearSelection: { nl: "Selectie wissen", en: "Clear selection" },
  warnings: { nl: "Waarschuwingen", en: "Warnings" },
  noWarnings: { nl: "Geen waarschuwingen.", en: "No warnings." },
  rejected: { nl: "Afgewezen rijen", en: "Rejected rows" },
  noRejected: { nl: "Geen afgewezen rijen.", en: "No rejected rows." },
  line: { nl: "Regel", en: "Line" },
  reason: { nl: "Reden", en: "Reason" },
  format: { nl: "Opmaak", en: "Format" },
  noFormat: {
    nl: "Het visual biedt geen opmaakopties.",
    en: "The visual offers no format options.",
  },
  reset: { nl: "Standaardwaarden", en: "Reset to default" },
  status: { nl: "Status", en: "Status" },
  rows: { nl: "rijen", en: "rows" },
  refused: { nl: "Bestand geweigerd", en: "File refused" },
  failed: { nl: "Het visual gaf een fout", en: "The visual failed" },
  launchUrl: {
    nl: "Het visual wilde een link openen (niet toegestaan in de voorbeeldweergave)",
    en: "The visual asked to open a link (not allowed in the preview)",
  },
  contextMenu: { nl: "Contextmenu gevraagd voor", en: "Context menu asked for" },
  jsonFilter: { nl: "Filter van het visual", en: "Filter from the visual" },
  segments: { nl: "segmenten geladen", en: "segments loaded" },
} satisfies Record<string, Record<Language, string>>;

/** A key of the page's words. */
export type TextKey = keyof typeof TEXT;

/** The page's word for a key in a language. */
export function t(key: TextKey, language: Language): string {
  return TEXT[key][language];
}

/** The language of a Power BI locale: Dutch for nl-*, English otherwise. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}
