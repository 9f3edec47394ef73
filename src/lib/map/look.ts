import { shadeClass } from './shading';

/** A country's part in the selection, as its shape and dot show it. */
export const Role = { other: 0, partner: 1, selected: 2 } as const;
export type Role = (typeof Role)[keyof typeof Role];
const ROLES = 3;

/**
 * What a country's shape or dot shows, as one number: its colour class (an index into SHADES,
 * -1 for no events) and its role. A brush frame compares each shape's look with the last one
 * given to it before it builds any classes, and at 1M events comparing one number, not a
 * string or an object, kept that pass out of the frame's budget (see 60dc121).
 */
export type Look = number;

/** The look of a shape not styled yet: unlike any other. */
export const UNSTYLED: Look = -1;

export const lookOf = (shade: number, role: Role): Look => (shade + 1) * ROLES + role;
export const shadeOfLook = (look: Look) => Math.floor(look / ROLES) - 1;
export const roleOfLook = (look: Look) => (look % ROLES) as Role;

/** The classes of a shape (`kind`: `country` or `country-dot`) with this look; the CSS reads them. */
export function lookClasses(kind: string, look: Look): string {
	const shade = shadeOfLook(look);
	const role = roleOfLook(look);
	const shaded = shade >= 0 ? ` involved ${shadeClass(shade)}` : '';
	const part = role === Role.selected ? ' selected' : role === Role.partner ? ' partner' : '';
	return `${kind} leaflet-interactive${shaded}${part}`;
}
