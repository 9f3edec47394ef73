/**
 * The largest count the map's colour scale fits, `largest` being the view's own. While the
 * scale is held (a drag or playback runs), it is `rested`, the largest count of the view
 * before the drag: a country's colour then changes only when its own count crosses a class,
 * and the frames' colours stay comparable. A window brushed out of the whole period starts
 * pale and darkens as it grows, never past the scale. Refitted on every frame instead, the
 * scale jumped whenever the largest count outgrew it, and recoloured half the world in one
 * frame. Once the drag ends the scale fits the view again. A view without events before the
 * drag has no scale to hold.
 */
export function heldPeak(largest: number, holding: boolean, rested: number): number {
	return holding && rested > 0 ? rested : largest;
}

/** The `rested` that `heldPeak` holds after a view: the view's own largest count, unless the scale is held. */
export function restedPeak(largest: number, holding: boolean, rested: number): number {
	return holding ? rested : largest;
}
