/** The scorer's `--help` text: Dutch first, then English. */

/** Usage and options of `npm run -s score`. */
export const SCORE_HELP = `Gebruik: npm run -s score -- BESTAND.csv [--settings INSTELLINGEN.json] [--level household|wijk] [--json]

Rangschikt de huishoudens van een dataset met signalen op prioriteit (nieuwste peildatum).
  --settings BESTAND  gewichten en drempels uit een JSON-bestand (zie docs/dataset.md)
  --level wijk        tellingen per wijk en leefgebied, kleine aantallen afgeschermd
  --json              één JSON-document op standaarduitvoer, verder niets
  --help, -h          deze tekst
Afgewezen rijen en waarschuwingen gaan naar standaardfout. Exitcode 0 bij succes,
2 als de invoer of de instellingen geweigerd worden.

Usage: npm run -s score -- FILE.csv [--settings SETTINGS.json] [--level household|wijk] [--json]

Ranks the households of a signal dataset by priority (latest snapshot date).
  --settings FILE     weights and thresholds from a JSON file (see docs/dataset.md)
  --level wijk        counts per district and life domain, small counts suppressed
  --json              one JSON document on standard output, nothing else
  --help, -h          this text
Rejected rows and warnings go to standard error. Exit status 0 on success,
2 when the input or the settings are refused.
`;
