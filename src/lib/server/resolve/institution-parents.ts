// Where an institution sits in the hierarchy, from the parent hint extraction gave it: a Kanwil
// under its Ditjen or ministry, a Polres under its province's Polda, a Polda under Polri, a Lapas
// under its province's Kanwil, a Dinas under its local government. No hint, no parent.
import type { InstitutionParts, InstitutionRef } from '$lib/domain/statement';
import type { Gazetteer } from './gazetteer';

const POLRI: InstitutionRef = {
	name: 'Kepolisian Negara Republik Indonesia',
	kind: 'agency',
	level: 'national',
	regionCode: null,
	unit: null,
	parts: { family: 'fixed', base: 'Kepolisian Negara Republik Indonesia', parent: null }
};
const POLDA: InstitutionParts = { family: 'polda', base: 'Kepolisian Daerah', parent: { via: 'national-police' } };
const DITJENPAS = 'Direktorat Jenderal Pemasyarakatan';
const CORRECTIONS_KANWIL: InstitutionParts = { family: 'kanwil', base: 'Kantor Wilayah', parent: { via: 'named', name: DITJENPAS, kind: 'agency', family: 'fixed' } };

function provinceOf(gazetteer: Gazetteer, regionCode: string | null): { code: string; name: string } | null {
	if (!regionCode) return null;
	const region = gazetteer.byCode(regionCode);
	if (!region) return null;
	const province = region.provinceCode ? gazetteer.byCode(region.provinceCode) : region;
	return province ? { code: province.code, name: province.name } : null;
}

export function parentOf(ref: InstitutionRef, gazetteer: Gazetteer): InstitutionRef | null {
	const hint = ref.parts?.parent;
	if (!hint) return null;
	switch (hint.via) {
		case 'named':
			// A Kanwil whose region is unknown gets no parent.
			if (!ref.regionCode) return null;
			return { name: hint.name, kind: hint.kind, level: 'national', regionCode: null, unit: null, parts: { family: hint.family, base: hint.name, parent: null } };
		case 'national-police':
			return POLRI;
		case 'province-police': {
			const province = provinceOf(gazetteer, ref.regionCode);
			return province ? { name: `Kepolisian Daerah ${province.name}`, kind: 'agency', level: 'province', regionCode: province.code, unit: null, parts: POLDA } : null;
		}
		case 'province-corrections': {
			const province = provinceOf(gazetteer, ref.regionCode);
			if (!province) return null;
			return { name: `Kantor Wilayah ${DITJENPAS} ${province.name}`, kind: 'agency', level: 'province', regionCode: province.code, unit: null, parts: CORRECTIONS_KANWIL };
		}
		case 'local-government': {
			if (!ref.regionCode || !ref.level || ref.level === 'national') return null;
			const region = gazetteer.byCode(ref.regionCode);
			if (!region) return null;
			const name = ref.level === 'province' ? `Pemerintah Provinsi ${region.name}` : `Pemerintah ${region.name}`;
			return { name, kind: 'executive', level: ref.level, regionCode: region.code, unit: null, parts: { family: 'pemerintah', base: 'Pemerintah', parent: null } };
		}
	}
}
