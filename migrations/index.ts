// Every migration, in order. Listed explicitly (not read from the folder at run time) so the same
// set runs under tsx scripts, under vitest and inside the bundled production server.
import type { Migration } from 'kysely';
import * as initialSchema from './2026-11-28T1300_initial_schema';

export const migrations: Record<string, Migration> = {
	'2026-11-28T1300_initial_schema': initialSchema
};
