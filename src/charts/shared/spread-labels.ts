/**
 * Moves labels apart along one axis so that no two are closer than `gap`, keeping each as near
 * its wanted position as it can and all of them inside `[min, max]`. Used for the names at the
 * ends of lines, where values often sit close together.
 */
export function spreadLabels(wanted: readonly number[], gap: number, [min, max]: [number, number]): number[] {
  const order = wanted.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  // Clusters of labels that touch are placed as a block centred on their mean wanted position.
  const blocks: { start: number; items: number[] }[] = [];
  for (const { value, index } of order) {
    blocks.push({ start: value, items: [index] });
    for (;;) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2];
      if (!previous || previous.start + previous.items.length * gap <= last.start) break;
      const items = [...previous.items, ...last.items];
      const mean = items.reduce((sum, i) => sum + wanted[i]!, 0) / items.length;
      blocks.splice(blocks.length - 2, 2, { start: mean - ((items.length - 1) * gap) / 2, items });
    }
  }
  const placed = new Array<number>(wanted.length);
  for (const block of blocks) {
    const span = (block.items.length - 1) * gap;
    const start = Math.min(Math.max(block.start, min), Math.max(min, max - span));
    block.items.forEach((index, k) => {
      placed[index] = start + k * gap;
    });
  }
  return placed;
}
