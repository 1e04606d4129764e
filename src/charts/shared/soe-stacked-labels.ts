/**
 * Places the labels of crowded points (the soe-measures and cecot charts) on levels above the
 * points, each joined to its point by a vertical leader. All positions are pixels measured up from
 * the plot's bottom edge and right from its left edge.
 */

export interface StackedLabel {
  /** The point's horizontal position, where its leader rises. */
  x: number;
  /** Where the label's text starts (by default at the point). */
  start?: number;
  /** The point's height. */
  y: number;
  width: number;
  /** The height of the lowest level this label may take. */
  base: number;
}

export interface LabelBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * The height of each label's centre. Going from right to left, each label takes the lowest level
 * (base, base + step, …) where it overlaps no label already placed and no obstacle, and where no
 * leader of a label placed before it rises through it; so leaders never cross labels.
 */
export function stackLabels(
  labels: readonly StackedLabel[],
  { step, height, obstacles = [] }: { step: number; height: number; obstacles?: readonly LabelBox[] },
): number[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => b.label.x - a.label.x);
  const placed: { box: LabelBox; leader: { x: number; y1: number; y2: number } }[] = [];
  const centres = new Array<number>(labels.length);
  for (const { label, index } of order) {
    const box = (centre: number): LabelBox => ({
      x1: label.start ?? label.x,
      x2: (label.start ?? label.x) + label.width,
      y1: centre - height / 2,
      y2: centre + height / 2,
    });
    const clashes = (b: LabelBox) =>
      [...placed.map((p) => p.box), ...obstacles].some((o) => o.x1 < b.x2 && b.x1 < o.x2 && o.y1 < b.y2 && b.y1 < o.y2) ||
      placed.some((p) => p.leader.x >= b.x1 && p.leader.x <= b.x2 && p.leader.y1 < b.y2 && b.y1 < p.leader.y2);
    let centre = label.base;
    while (clashes(box(centre))) centre += step;
    placed.push({ box: box(centre), leader: { x: label.x, y1: Math.min(label.y, centre), y2: Math.max(label.y, centre) } });
    centres[index] = centre;
  }
  return centres;
}
