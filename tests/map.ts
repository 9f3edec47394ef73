import type { Locator } from '@playwright/test';

/**
 * A point of the page inside a drawn shape, to click it. The centre of a
 * country's bounding box is often outside it (Russia's box spans the whole
 * map, since Chukotka lies across the antimeridian), so we sample the shape's
 * box for a point where the shape is the topmost element.
 */
export async function pointInside(shape: Locator): Promise<{ x: number; y: number }> {
	const point = await shape.evaluate((element) => {
		const box = element.getBoundingClientRect();
		for (let step = 8; step >= 1; step /= 2)
			for (let i = 1; i < step * 4; i++)
				for (let j = 1; j < step * 4; j++) {
					const x = box.left + (box.width * i) / (step * 4);
					const y = box.top + (box.height * j) / (step * 4);
					if (document.elementFromPoint(x, y) === element) return { x, y };
				}
		return null;
	});
	if (!point) throw new Error('no visible point inside the shape');
	return point;
}
