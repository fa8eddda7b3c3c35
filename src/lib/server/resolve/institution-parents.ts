// Where an institution sits in the hierarchy, read from its canonical name: a Kanwil under its
// Ditjen or ministry, a Polres under its province's Polda, a Polda under Polri, a Lapas under
// its province's Kanwil, a Dinas under its local government. Unknown shapes have no parent.
import type { InstitutionRef } from '$lib/domain/statement';
import type { Gazetteer } from './gazetteer';

function provinceName(gazetteer: Gazetteer, regionCode: string | null): { code: string; name: string } | null {
	if (!regionCode) return null;
	const region = gazetteer.byCode(regionCode);
	if (!region) return null;
	const province = region.provinceCode ? gazetteer.byCode(region.provinceCode) : region;
	return province ? { code: province.code, name: province.name } : null;
}

export function parentOf(ref: InstitutionRef, gazetteer: Gazetteer): InstitutionRef | null {
	const name = ref.name;
	const kanwil = /^Kantor Wilayah ((?:Direktorat Jenderal|Kementerian) .+?)(?: (?:Provinsi )?[A-Z][\w ]*)?$/.exec(name);
	if (kanwil && ref.regionCode) {
		const region = gazetteer.byCode(ref.regionCode);
		// The parent is the Kanwil's name without its region suffix.
		const parentName = region && name.endsWith(region.name) ? name.slice('Kantor Wilayah '.length, name.length - region.name.length).trim() : kanwil[1];
		return { name: parentName, kind: /^Kementerian/.test(parentName) ? 'executive' : 'agency', level: 'national', regionCode: null, unit: null };
	}
	if (/^Kepolisian Resor/.test(name)) {
		const province = provinceName(gazetteer, ref.regionCode);
		if (province) return { name: `Kepolisian Daerah ${province.name}`, kind: 'agency', level: 'province', regionCode: province.code, unit: null };
	}
	if (/^Kepolisian Daerah /.test(name)) {
		return { name: 'Kepolisian Negara Republik Indonesia', kind: 'agency', level: 'national', regionCode: null, unit: null };
	}
	if (/^(Lembaga Pemasyarakatan|Rumah Tahanan|Balai Pemasyarakatan)\b/.test(name)) {
		const province = provinceName(gazetteer, ref.regionCode);
		if (province) {
			return { name: `Kantor Wilayah Direktorat Jenderal Pemasyarakatan ${province.name}`, kind: 'agency', level: 'province', regionCode: province.code, unit: null };
		}
	}
	if (/^(Dinas|Badan|Satuan Polisi Pamong Praja|Sekretariat Daerah|Inspektorat)\b/.test(name) && ref.regionCode && ref.level && ref.level !== 'national') {
		const region = gazetteer.byCode(ref.regionCode);
		if (region) {
			const government = ref.level === 'province' ? `Pemerintah Provinsi ${region.name}` : `Pemerintah ${region.name}`;
			return { name: government, kind: 'executive', level: ref.level, regionCode: region.code, unit: null };
		}
	}
	return null;
}
