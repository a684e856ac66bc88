/**
 * Block-by-block alignment of the translators' side-by-side view (issue 15 item 2): the i-th block
 * of the source and the i-th block of the translation start at the same height. Given where the
 * blocks are now and the space already added above each, it says how much space to add above each
 * block on either side: the side whose block comes first is pushed down to the other. Blocks beyond
 * the shorter side are left as they are. Pure: the view measures, this decides.
 */
export interface MeasuredBlocks {
  /** Top edge of each block as laid out now (any common origin, e.g. the viewport). */
  tops: readonly number[];
  /** Space added above each block now (it moves the blocks after it, not its own top edge). */
  added: readonly number[];
}

export interface BlockSpacing {
  source: number[];
  target: number[];
}

/** Where each block would start without any added space. */
function naturalTops({ tops, added }: MeasuredBlocks): number[] {
  let above = 0;
  return tops.map((top, index) => {
    const natural = top - above;
    above += added[index] ?? 0;
    return natural;
  });
}

export function alignBlocks(source: MeasuredBlocks, target: MeasuredBlocks): BlockSpacing {
  const sourceTops = naturalTops(source);
  const targetTops = naturalTops(target);
  const pairs = Math.min(sourceTops.length, targetTops.length);
  const spacing: BlockSpacing = { source: sourceTops.map(() => 0), target: targetTops.map(() => 0) };
  let sourceShift = 0;
  let targetShift = 0;
  for (let index = 0; index < pairs; index++) {
    // Whole pixels: sub-pixel differences would make the view measure, move and measure again.
    const gap = Math.round(targetTops[index] + targetShift - (sourceTops[index] + sourceShift));
    if (gap > 0) {
      spacing.source[index] = gap;
      sourceShift += gap;
    } else if (gap < 0) {
      spacing.target[index] = -gap;
      targetShift -= gap;
    }
  }
  return spacing;
}

export function sameSpacing(a: BlockSpacing, b: BlockSpacing): boolean {
  const same = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((value, index) => value === y[index]);
  return same(a.source, b.source) && same(a.target, b.target);
}
