/** The sample-visual pattern: DataView → one object per household → every cell and bar joined into SVG. */

import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import {
  DOMAINS,
  DOMAIN_CODES,
  GROUP_OF_FACTOR,
  PRIORITY_GROUPS,
  matchFactor,
} from "../../src/model/catalogue";
import { Columns } from "./csv";
import { buildDataView } from "./dataview";
import { afterPaint, countNodes, freshStage, settle } from "./frame";

interface HouseholdView {
  key: string;
  counts: number[];
  groups: Set<string>;
  priority: number;
}

const SHOWN = DOMAINS.slice(0, 8);
const WEIGHTS = new Map(PRIORITY_GROUPS.map((g) => [g.code, g.weight]));
const COLOURS = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];

/** The view model, built the way the sample visuals do: objects and maps keyed by strings. */
function visualTransform(dataView: any): HouseholdView[] {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  const byRole = (role: string) =>
    [...dataView.categorical.categories, ...dataView.categorical.values].find(
      (c: any) => c.source.roles[role],
    )?.values; // eslint-disable-line @typescript-eslint/no-explicit-any
  const keys: string[] = byRole("huishouden");
  const factors: string[] = byRole("factor");
  const values: (number | null)[] | undefined = byRole("waarde");
  const given: (number | null)[] | undefined = byRole("gewicht");
  const weights = new Map(WEIGHTS);
  const fromData = new Set<string>();
  const dates: (Date | null)[] | undefined = byRole("peildatum");
  let latest: number | undefined;
  // A date Power BI could not type arrives as text; such rows are dropped, as the model rejects them.
  for (const d of dates ?? [])
    if (d instanceof Date && (latest === undefined || d.getTime() > latest)) latest = d.getTime();

  const households = new Map<string, HouseholdView>();
  const known = new Map<string, { domain: number; group: string }>();
  for (let i = 0; i < keys.length; i++) {
    if (!keys[i] || !factors[i]) continue;
    if (values && values[i] !== null && !((values[i] as number) > 0)) continue;
    const day = dates?.[i];
    if (latest !== undefined && !(day instanceof Date && day.getTime() === latest)) continue;
    let factor = known.get(factors[i]);
    if (!factor) {
      const code = matchFactor(factors[i])?.code ?? factors[i];
      const domain = matchFactor(factors[i])?.domain;
      factor = {
        domain: domain ? DOMAIN_CODES.indexOf(domain) : 8,
        group: GROUP_OF_FACTOR.get(code) ?? code,
      };
      known.set(factors[i], factor);
    }
    let h = households.get(keys[i]);
    if (!h)
      households.set(
        keys[i],
        (h = { key: keys[i], counts: new Array(9).fill(0), groups: new Set(), priority: 0 }),
      );
    h.counts[factor.domain]++;
    h.groups.add(factor.group);
    const w = given?.[i];
    if (typeof w === "number" && (!fromData.has(factor.group) || w > weights.get(factor.group)!)) {
      fromData.add(factor.group);
      weights.set(factor.group, w);
    }
  }
  const list = [...households.values()];
  for (const h of list)
    h.priority = [...h.groups].reduce((sum, g) => sum + (weights.get(g) ?? 0), 0);
  return list.sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
}

/** Draws every household: eight cells and one bar each, all in the DOM. */
function render(
  stage: HTMLElement,
  households: HouseholdView[],
  width: number,
  height: number,
): void {
  const svg = select(stage).append("svg").attr("width", width).attr("height", height);
  const y = scaleBand<string>()
    .domain(households.map((h) => h.key))
    .range([20, height]);
  const x = scaleBand<string>()
    .domain(SHOWN.map((d) => d.code))
    .range([0, width * 0.4]);
  const top = households.reduce((m, h) => Math.max(m, h.priority), 1);
  const bar = scaleLinear()
    .domain([0, top])
    .range([0, width * 0.5]);

  svg
    .append("g")
    .selectAll("text")
    .data(SHOWN)
    .join("text")
    .attr("x", (d) => x(d.code)!)
    .attr("y", 12)
    .attr("font-size", 10)
    .text((d) => d.nl);
  const rows = svg
    .append("g")
    .selectAll("g")
    .data(households)
    .join("g")
    .attr("transform", (h) => `translate(0,${y(h.key)})`);
  rows
    .selectAll("rect.cell")
    .data((h) => SHOWN.map((d, i) => h.counts[i]))
    .join("rect")
    .attr("class", "cell")
    .attr("x", (_, i) => x(SHOWN[i].code)!)
    .attr("width", x.bandwidth())
    .attr("height", y.bandwidth())
    .attr("fill", (c) => COLOURS[Math.min(c, COLOURS.length - 1)]);
  rows
    .append("rect")
    .attr("class", "bar")
    .attr("x", width * 0.45)
    .attr("width", (h) => bar(h.priority))
    .attr("height", y.bandwidth())
    .attr("fill", (h) => (h.priority >= 10 ? "#c0392b" : h.priority >= 5 ? "#e67e22" : "#27ae60"));
}

/** Times DataView to a painted SVG, `runs` times; returns milliseconds and the DOM size. */
export async function benchNaiveD3(data: Columns, runs: number, width: number, height: number) {
  const ms: number[] = [];
  let domNodes = 0;
  for (let i = 0; i < runs; i++) {
    const { dataView } = buildDataView(data);
    const stage = freshStage(width, height);
    // The previous run's view was torn down outside the timing; its garbage goes before this run.
    await settle("full");
    const t0 = performance.now();
    render(stage, visualTransform(dataView), width, height);
    await afterPaint();
    ms.push(performance.now() - t0);
    domNodes = countNodes(stage);
    stage.remove();
  }
  return { ms, domNodes };
}
