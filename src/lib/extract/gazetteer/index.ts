/**
 * The built-in gazetteer: every name of the curated tables, keyed by its exact
 * surface form (case matters: "China" is a country, "china" porcelain; "US" a
 * country, "us" a pronoun). Small enough for the browser; the world's cities
 * come separately (see ../cities.ts).
 */
import type { PlaceKind } from '../../domain/types';
import { GROUP_NAMES, METONYM_LINES, ORGANISATION_LINES } from './bodies';
import { COUNTRY_LINES } from './countries';
import { REGIONAL_DEMONYM_LINES, REGION_LINES } from './regions';

export interface GazetteerEntry {
	country: string | null;
	kind: PlaceKind;
	/** Also a common word or a person's name: only a place when the context agrees. */
	ambiguous: boolean;
	/** Only a place after "the": "the States", not "member States". */
	needsThe?: boolean;
}

export type Gazetteer = Map<string, GazetteerEntry>;

const lines = (table: string) => table.split('\n').filter((l) => /^[A-Z]{2}\|/.test(l));

function add(map: Gazetteer, rawName: string, country: string | null, kind: PlaceKind, ambiguous = false): void {
	let name = rawName.trim();
	if (!name) return;
	if (name.startsWith('?')) {
		ambiguous = true;
		name = name.slice(1);
	}
	// "the States", "the West": the article is part of the name but not of the span.
	const needsThe = name.startsWith('the ');
	if (needsThe) name = name.slice(4);
	// First come, first served: the tables are ordered countries, regions, bodies.
	const entry: GazetteerEntry = needsThe ? { country, kind, ambiguous, needsThe } : { country, kind, ambiguous };
	if (!map.has(name)) map.set(name, entry);
	// Datelines and headlines shout: "WASHINGTON (AP)".
	const upper = name.toUpperCase();
	if (name.length >= 4 && upper !== name && !map.has(upper)) map.set(upper, entry);
}

function build(): Gazetteer {
	const map: Gazetteer = new Map();
	for (const line of lines(COUNTRY_LINES)) {
		const [code, names, demonyms, capitals] = line.split('|');
		for (const n of names.split(';')) add(map, n, code, 'country');
		for (const n of demonyms.split(';')) add(map, n, code, 'demonym');
		for (const n of (capitals ?? '').split(';')) add(map, n, code, 'capital');
	}
	for (const line of lines(REGION_LINES)) {
		const [code, ...fields] = line.split('|');
		for (const field of fields) {
			const city = field.startsWith('@');
			for (const n of (city ? field.slice(1) : field).split(';')) add(map, n, code, city ? 'city' : 'region');
		}
	}
	for (const line of lines(REGIONAL_DEMONYM_LINES)) {
		const [code, ...fields] = line.split('|');
		for (const field of fields) for (const n of field.split(';')) add(map, n, code, 'demonym');
	}
	for (const line of lines(METONYM_LINES)) {
		const [code, ...fields] = line.split('|');
		for (const field of fields) for (const n of field.split(';')) add(map, n, code, 'metonym');
	}
	for (const line of lines(ORGANISATION_LINES)) {
		const [code, ...fields] = line.split('|');
		for (const field of fields) for (const n of field.split(';')) add(map, n, code, 'organisation');
	}
	for (const line of GROUP_NAMES.split('\n')) for (const n of line.split(';')) add(map, n, null, 'region');
	return map;
}

export const GAZETTEER: Gazetteer = build();

/** Longest name in tokens, bounding the n-gram search. */
export const MAX_NAME_TOKENS = 6;
