// The append-only audit log: every write by a person or a CLI, with before and after.
import type { Db } from '../connect';

export interface AuditEntryInput {
	/** null for the command line (no logged-in user). */
	userId: number | null;
	/** verb.noun, e.g. 'statement.edit', 'institution.merge', 'user.add'. */
	action: string;
	entity: string;
	entityId: string | number;
	before?: unknown;
	after?: unknown;
	reason?: string | null;
}

export interface AuditEntry {
	id: number;
	at: Date;
	userId: number | null;
	userEmail: string | null;
	action: string;
	entity: string;
	entityId: string;
	before: unknown;
	after: unknown;
	reason: string | null;
}

export async function recordAudit(db: Db, entry: AuditEntryInput): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			user_id: entry.userId,
			action: entry.action,
			entity: entry.entity,
			entity_id: String(entry.entityId),
			before: entry.before === undefined ? null : JSON.stringify(entry.before),
			after: entry.after === undefined ? null : JSON.stringify(entry.after),
			reason: entry.reason ?? null
		})
		.execute();
}

export async function listAuditEntries(
	db: Db,
	options: { limit: number; beforeId?: number; entity?: string }
): Promise<AuditEntry[]> {
	let query = db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.user_id')
		.select([
			'audit_log.id',
			'audit_log.at',
			'audit_log.user_id',
			'users.email',
			'audit_log.action',
			'audit_log.entity',
			'audit_log.entity_id',
			'audit_log.before',
			'audit_log.after',
			'audit_log.reason'
		])
		.orderBy('audit_log.id', 'desc')
		.limit(options.limit);
	if (options.beforeId) query = query.where('audit_log.id', '<', options.beforeId);
	if (options.entity) query = query.where('audit_log.entity', '=', options.entity);
	const rows = await query.execute();
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		userId: r.user_id,
		userEmail: r.email,
		action: r.action,
		entity: r.entity,
		entityId: r.entity_id,
		before: r.before,
		after: r.after,
		reason: r.reason
	}));
}
