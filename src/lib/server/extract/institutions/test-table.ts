// Table tests for the institution matchers: each row is a fictional sentence and what
// findInstitutions makes of it, with how each name was built (family, base, parent hint).
import { describe, expect, it } from 'vitest';
import type { InstitutionFamily, Lang } from '../../../domain/statement';
import { loadGazetteer } from '../../resolve/gazetteer';
import { findInstitutions, type InstitutionHit } from '../find-institutions';
import { tokenize } from '../tokens';

/** Only the fields a row names are compared. `parent` is the hint: a name for a Kanwil, else its `via`. */
export interface Found {
	name: string;
	family?: InstitutionFamily;
	base?: string;
	parent?: string | null;
	regionCode?: string | null;
	role?: string | null;
	unit?: string | null;
}

export interface Row {
	input: string;
	lang?: Lang;
	expected: Found[];
}

function found(h: InstitutionHit): Required<Found> {
	const parts = h.institution.parts;
	if (!parts) throw new Error(`${h.institution.name}: no parts; every hit should say how its name was built`);
	const hint = parts.parent;
	return {
		name: h.institution.name,
		family: parts.family,
		base: parts.base,
		parent: hint === null ? null : hint.via === 'named' ? hint.name : hint.via,
		regionCode: h.institution.regionCode,
		role: h.role,
		unit: h.institution.unit
	};
}

export function describeRows(title: string, rows: Row[]): void {
	describe(title, async () => {
		const gazetteer = await loadGazetteer();
		it.each(rows)('$input', ({ input, lang, expected }) => {
			const hits = findInstitutions(input, tokenize(input), { gazetteer, lang: lang ?? 'id' });
			expect(hits.map(found)).toMatchObject(expected);
			for (const h of hits) expect(input.slice(h.span.start, h.span.end)).toBe(h.span.text);
		});
	});
}
