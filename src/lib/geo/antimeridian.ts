import type { Position } from 'geojson';

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji)
 * jump from +180 to −180 between two vertices. A planar renderer like Leaflet
 * draws that jump as a line across the whole map. We make each ring continuous
 * (longitudes may run past ±180), then cut it into the parts that fall in each
 * 360°-wide window and shift every part back into [−180, 180].
 */
export function splitAtAntimeridian(polygon: Position[][]): Position[][][] {
	if (!polygon.some(crossesAntimeridian)) return [polygon];
	const [outer, ...holes] = polygon.map(unwrap);
	const parts: Position[][][] = [];
	for (const offset of [-360, 0, 360]) {
		const lo = offset - 180;
		const hi = offset + 180;
		const ring = clipToBand(outer, lo, hi);
		if (ring.length < 4) continue;
		const shift = (r: Position[]) => r.map(([x, y]) => [x - offset, y]);
		const inner = holes.map((h) => clipToBand(h, lo, hi)).filter((h) => h.length >= 4);
		parts.push([shift(ring), ...inner.map(shift)]);
	}
	return parts;
}

function crossesAntimeridian(ring: Position[]): boolean {
	for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
	return false;
}

/** Make longitudes continuous; a ring around a pole (Antarctica) is closed through the pole. */
function unwrap(ring: Position[]): Position[] {
	const out: Position[] = [[ring[0][0], ring[0][1]]];
	for (let i = 1; i < ring.length; i++) {
		const prev = out[i - 1][0];
		let x = ring[i][0];
		while (x - prev > 180) x -= 360;
		while (prev - x > 180) x += 360;
		out.push([x, ring[i][1]]);
	}
	const drift = out[out.length - 1][0] - out[0][0];
	if (Math.abs(drift) > 180) {
		// The ring circles a pole: walk along its latitude to the pole and back.
		const pole = out[0][1] < 0 ? -90 : 90;
		const last = out[out.length - 1];
		out.splice(out.length - 1, 1, [last[0], pole], [out[0][0], pole], out[0]);
	}
	return out;
}

/** Sutherland–Hodgman clipping of a closed ring to the band lo ≤ x ≤ hi. */
function clipToBand(ring: Position[], lo: number, hi: number): Position[] {
	let pts = ring.slice(0, -1);
	pts = clipHalf(pts, (p) => p[0] >= lo, lo);
	pts = clipHalf(pts, (p) => p[0] <= hi, hi);
	return pts.length >= 3 ? [...pts, pts[0]] : [];
}

function clipHalf(pts: Position[], inside: (p: Position) => boolean, x: number): Position[] {
	const out: Position[] = [];
	for (let i = 0; i < pts.length; i++) {
		const a = pts[i];
		const b = pts[(i + 1) % pts.length];
		const ain = inside(a);
		const bin = inside(b);
		if (ain) out.push(a);
		if (ain !== bin) {
			const t = (x - a[0]) / (b[0] - a[0]);
			out.push([x, a[1] + t * (b[1] - a[1])]);
		}
	}
	return out;
}
