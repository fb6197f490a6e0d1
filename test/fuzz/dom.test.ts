// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { unsafeDom } from "./dom";

/** The checker itself: it must see what the fuzz properties claim never happens. */
describe("the DOM safety check", () => {
  const root = () => {
    const el = document.createElement("div");
    el.innerHTML =
      '<section class="gb-view" id="gb-title-bars"><p data-pos="1" data-col="0">x</p></section>';
    return el;
  };

  it("passes a DOM built from constants", () => {
    expect(unsafeDom(root())).toEqual([]);
  });

  it.each([
    ["<img src=x onerror=alert(1)>", /element <IMG>|event attribute onerror|URL attribute src/],
    ['<a href="javascript:alert(1)">x</a>', /element <A>|URL attribute href/],
    ["<svg><script>1</script></svg>", /element <svg>|namespace/],
    ['<div id="H017">x</div>', /id from data: H017/],
    ['<div aria-labelledby="H017">x</div>', /refers to H017/],
    ['<div data-pos="<b>">x</div>', /data-pos=<b>/],
    ['<div style="background:url(https://example.invalid/p.png)">x</div>', /style with a URL/],
    ['<div h017="1">x</div>', /attribute h017/],
  ])("reports %s", (html, problem) => {
    const el = root();
    el.insertAdjacentHTML("beforeend", html);
    expect(unsafeDom(el).join("\n")).toMatch(problem);
  });
});
