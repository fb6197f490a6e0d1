/** The benchmark's floor computes the same scores as the model, so its comparison is fair. */

import { describe, expect, it } from "vitest";
import { parseCsv } from "../../bench/page/csv";
import { floorPass, preparse } from "../../bench/page/floor";
import { datasetCsv } from "../../bench/node/dataset";
import { readTable } from "../../src/csv/read";
import { defaultSettings, score } from "../../src/model";

async function* chunks(text: string): AsyncIterable<string> {
  yield text;
}

describe("the benchmark floor", () => {
  it("ranks the generated households as the model does, with the same scores", async () => {
    const csv = datasetCsv(400);
    const read = await readTable(chunks(csv));
    if (!read.ok) throw new Error("generated data refused");
    const table = read.table;
    const scores = score(table, defaultSettings());

    const rows = preparse(parseCsv(csv));
    const floor = floorPass(rows);

    expect(floor.order.length).toBe(scores.order.length);
    const modelRanking = Array.from(scores.order, (h) => [
      table.keys[h],
      scores.priority[h],
      scores.earlyWarning[h],
      table.domains[h],
      scores.light[h],
      scores.flags[h],
    ]);
    const floorRanking = Array.from(floor.order, (h) => [
      rows.keys[h],
      floor.priority[h],
      floor.earlyWarning[h],
      floor.domains[h],
      floor.light[h],
      floor.flags[h],
    ]);
    expect(floorRanking).toEqual(modelRanking);
  });
});
