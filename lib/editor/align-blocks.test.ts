import { describe, expect, it } from "vitest";
import { alignBlocks } from "./align-blocks";

const none = (n: number) => Array.from({ length: n }, () => 0);

describe("block-by-block alignment", () => {
  it("pushes the earlier side down, block by block, so each pair starts at the same height", () => {
    // Source paragraphs at 100, 140, 200; the translation's (longer lines) at 120, 200, 240.
    const spacing = alignBlocks({ tops: [100, 140, 200], added: none(3) }, { tops: [120, 200, 240], added: none(3) });
    // Source block 1 moves 20 down (to 120); block 2 then sits at 160 and moves 40 (to 200);
    // block 3 then sits at 260, the translation's third at 240 moves 20 (to 260).
    expect(spacing).toEqual({ source: [20, 40, 0], target: [0, 0, 20] });
  });

  it("gives the same answer once its spacing is applied (no measure-move loop)", () => {
    const first = alignBlocks({ tops: [100, 140, 200], added: none(3) }, { tops: [120, 200, 240], added: none(3) });
    // As laid out with that spacing: each top moved by the space added above the blocks before it.
    const source = { tops: [100, 160, 260], added: first.source };
    const target = { tops: [120, 200, 240], added: first.target };
    expect(alignBlocks(source, target)).toEqual(first);
  });

  it("leaves the blocks one side has beyond the other as they are", () => {
    const spacing = alignBlocks({ tops: [10, 30, 50, 70], added: none(4) }, { tops: [10.4, 40], added: none(2) });
    expect(spacing).toEqual({ source: [0, 10, 0, 0], target: [0, 0] });
  });

  it("adds nothing when there is nothing to pair", () => {
    expect(alignBlocks({ tops: [], added: [] }, { tops: [5, 9], added: none(2) })).toEqual({ source: [], target: [0, 0] });
  });
});
