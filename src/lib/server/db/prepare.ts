// Brings a database to the current schema and reference data. Safe to run on every start.
import { loadGazetteer } from '../resolve/gazetteer';
import type { Db } from './connect';
import { migrateToLatest } from './migrate';
import { countRegions, upsertRegions } from './queries/regions';

export interface PrepareReport {
	migrationsApplied: string[];
	regionsLoaded: number;
}

export async function prepareDatabase(db: Db): Promise<PrepareReport> {
	const result = await migrateToLatest(db);
	const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
	const gazetteer = await loadGazetteer();
	const current = await countRegions(db);
	let regionsLoaded = 0;
	if (current.provinces + current.regencies !== gazetteer.regions.length) {
		await upsertRegions(db, gazetteer.regions);
		regionsLoaded = gazetteer.regions.length;
	}
	return { migrationsApplied: applied, regionsLoaded };
}
