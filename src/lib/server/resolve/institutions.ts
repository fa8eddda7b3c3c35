// Maps institution names found by extraction to registry records: exact normalized alias first,
// then the looser variant when kind/level/region agree, else a new institution (with its parent
// where the name says it). Lookups are cached for the run, so a batch costs one query.
import type { InstitutionRef } from '$lib/domain/statement';
import type { Db } from '../db/connect';
import { addInstitutionAliases, createInstitution, findInstitutionsByAlias, regionCodesExisting, type RegistryEntry } from '../db/queries/institutions-write';
import type { Gazetteer } from './gazetteer';
import { parentOf } from './institution-parents';
import { aliasVariant, normalizeAlias, slugify } from './normalize-names';

/** Names extraction uses when it could not tell which one: never created as records. */
const GENERIC = new Set(['dprd', 'dpr', 'pemerintah', 'kepolisian daerah', 'kepolisian resor', 'kepolisian resor kota', 'lembaga pemasyarakatan', 'kantor wilayah', 'dinas', 'badan']);

export interface ResolverOptions {
	gazetteer: Gazetteer;
	/** Institutions created by this run are demo data. */
	isDemo: boolean;
}

function agrees(entry: RegistryEntry, ref: InstitutionRef): boolean {
	return entry.kind === ref.kind && (ref.level === null || entry.level === ref.level) && (ref.regionCode === null || entry.regionCode === ref.regionCode);
}

export class InstitutionResolver {
	private byAlias = new Map<string, number | null>();
	private created = 0;

	constructor(
		private readonly db: Db,
		private readonly options: ResolverOptions
	) {}

	get createdCount(): number {
		return this.created;
	}

	/** The id of an institution already resolved by `resolveAll`; null for generic names. */
	idOf(ref: InstitutionRef): number | null {
		return this.byAlias.get(normalizeAlias(ref.name)) ?? null;
	}

	/** Looks up an institution without creating it (for targets, which may be programs, not bodies). */
	async lookup(names: string[]): Promise<Map<string, number>> {
		const keys = [...new Set(names.map(normalizeAlias))].filter((k) => !this.byAlias.has(k));
		for (const entry of await findInstitutionsByAlias(this.db, keys)) this.byAlias.set(entry.aliasNormalized, entry.id);
		const found = new Map<string, number>();
		for (const name of names) {
			const id = this.byAlias.get(normalizeAlias(name));
			if (id != null) found.set(name, id);
		}
		return found;
	}

	/** Resolves every ref, creating the missing ones; afterwards `idOf` answers from memory. */
	async resolveAll(refs: InstitutionRef[]): Promise<void> {
		const pending = new Map<string, InstitutionRef>();
		for (const ref of refs) {
			const key = normalizeAlias(ref.name);
			if (!this.byAlias.has(key) && !pending.has(key)) pending.set(key, ref);
		}
		if (pending.size === 0) return;
		const variants = new Map([...pending].map(([key, ref]) => [key, aliasVariant(ref.name)]));
		const found = await findInstitutionsByAlias(this.db, [...pending.keys(), ...variants.values()]);
		const exact = new Map(found.map((e) => [e.aliasNormalized, e]));
		const newAliases: { aliasNormalized: string; alias: string; institutionId: number }[] = [];
		for (const [key, ref] of pending) {
			const hit = exact.get(key);
			if (hit) {
				this.byAlias.set(key, hit.id);
				continue;
			}
			const variant = exact.get(variants.get(key)!);
			if (variant && agrees(variant, ref)) {
				this.byAlias.set(key, variant.id);
				newAliases.push({ aliasNormalized: key, alias: ref.name, institutionId: variant.id });
				continue;
			}
			this.byAlias.set(key, await this.create(ref));
		}
		await addInstitutionAliases(this.db, newAliases);
	}

	private async create(ref: InstitutionRef, depth = 0): Promise<number | null> {
		const key = normalizeAlias(ref.name);
		if (GENERIC.has(key)) return null;
		let parentId: number | null = null;
		const parent = depth < 3 ? parentOf(ref, this.options.gazetteer) : null;
		if (parent) {
			await this.resolveAll([parent]);
			parentId = this.byAlias.get(normalizeAlias(parent.name)) ?? null;
		}
		// A region code the database does not know (a typo, a new regency) must not fail the article.
		const regionCode = ref.regionCode && (await regionCodesExisting(this.db, [ref.regionCode])).has(ref.regionCode) ? ref.regionCode : null;
		const id = await createInstitution(this.db, {
			slug: slugify(ref.name),
			name: ref.name,
			kind: ref.kind,
			level: ref.level,
			regionCode,
			parentId,
			isDemo: this.options.isDemo
		});
		const variant = aliasVariant(ref.name);
		await addInstitutionAliases(this.db, [
			{ aliasNormalized: key, alias: ref.name, institutionId: id },
			...(variant && variant !== key ? [{ aliasNormalized: variant, alias: ref.name, institutionId: id }] : [])
		]);
		this.created++;
		return id;
	}
}
