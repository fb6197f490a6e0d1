import { describe, expect, it } from "vitest";
import { fixture, runTool } from "./run";

describe("score (readable Dutch table)", () => {
  const run = runTool("score", [fixture("signals.csv")]);
  const lines = run.stdout.trimEnd().split("\n");

  it("prints a ranked table with Dutch headings, lights, flags and the weighted factors", () => {
    expect(run.status).toBe(0);
    expect(lines[0].split(/\s{2,}/)).toEqual([
      "rang",
      "huishouden",
      "wijk",
      "prioriteit",
      "vorige",
      "licht",
      "signalen",
      "factoren",
    ]);
    expect(lines[2].trim().split(/\s{2,}/)).toEqual([
      "1",
      "H01",
      "Centrum",
      "9",
      "5",
      "oranje",
      "breed bekend, stijgend",
      "veiligheid_kind 5, huiselijk_geweld 4",
    ]);
    expect(lines[3].trim().split(/\s{2,}/)).toEqual([
      "2",
      "H02",
      "Hertme",
      "2",
      "0",
      "groen",
      "vroegsignaal, breed bekend, stijgend",
      "financiele_problemen 2",
    ]);
    // H04 has no weighted factor and no flags: its row ends at the light.
    expect(lines[4].trim().split(/\s{2,}/)).toEqual(["3", "H04", "Centrum", "0", "0", "groen"]);
  });

  it("aligns the columns under their headings", () => {
    const at = (heading: string) => lines[0].indexOf(heading);
    expect(lines[2].indexOf("oranje")).toBe(at("licht"));
    expect(lines[3].indexOf("Hertme")).toBe(at("wijk"));
    // Numbers line up on the right edge of their heading.
    expect(lines[2].indexOf("9 ") + 1).toBe(at("prioriteit") + "prioriteit".length);
  });

  it("ends with a summary line of households, out-of-scope, rejected rows and warnings", () => {
    expect(lines.at(-1)).toBe(
      "3 huishoudens gerangschikt, 1 buiten scope (geen ouder of geen kind), 4 rijen afgewezen, 1 waarschuwing",
    );
  });

  it("puts rejected rows and warnings, in Dutch, on standard error and not in the table", () => {
    const diagnostics = run.stderr.trimEnd().split("\n");
    expect(diagnostics).toHaveLength(5);
    expect(diagnostics[0]).toBe("regel 13 afgewezen: waarde is geen getal: 'veel'");
    expect(diagnostics.slice(1, 4).map((d) => d.match(/^regel (\d+) afgewezen: /)?.[1])).toEqual([
      "14",
      "15",
      "16",
    ]);
    expect(diagnostics[4]).toBe("waarschuwing: onbekende factor 'mantelzorg': gewicht 0");
    expect(run.stdout).not.toContain("afgewezen:");
  });

  it("writes decimal weights with a decimal comma", () => {
    const semi = runTool("score", [fixture("semicolon.csv")]);
    expect(semi.stdout).toMatch(/H1 .* 6,5 .*veiligheid_kind 5, mantelzorg 1,5/);
  });

  it("shows districts × leefgebieden at wijk level with suppressed counts", () => {
    const wijk = runTool("score", [fixture("wijk.csv"), "--level", "wijk"]);
    const rows = wijk.stdout.trimEnd().split("\n");
    expect(rows[0].split(/\s{2,}/)).toEqual([
      "wijk",
      "huishoudens",
      "kind",
      "ouders",
      "opvoeding",
      "gezin en huishouden",
      "context",
      "sociaal netwerk",
      "hulpverlening",
      "veiligheid",
      "overig",
    ]);
    expect(rows[2].split(/\s+/)).toEqual([
      "(onbekend)",
      "<5",
      "-",
      "-",
      "-",
      "-",
      "-",
      "-",
      "-",
      "-",
      "-",
    ]);
    expect(rows[3].split(/\s+/)).toEqual([
      "Centrum",
      "7",
      "<5",
      "0",
      "0",
      "0",
      "<5",
      "0",
      "0",
      "5",
      "<5",
    ]);
    expect(rows[4].split(/\s+/)[1]).toBe("<5");
    expect(rows.at(-1)).toMatch(/^10 huishoudens geteld, 0 buiten scope/);
  });

  it("prints help in Dutch, then English", () => {
    const help = runTool("score", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout.indexOf("Gebruik:")).toBeGreaterThanOrEqual(0);
    expect(help.stdout.indexOf("Usage:")).toBeGreaterThan(help.stdout.indexOf("Gebruik:"));
  });
});
