// /admin/sources: the news sources workers read — add, pause, change the interval, read now, and
// see each one's health and counts. Editors and admins only; every action checks the role again,
// is audited, and SvelteKit refuses cross-site form posts (ORIGIN / Origin header check).
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { messagesFor } from '$lib/i18n';
import { requirePageRole, requireRole } from '$lib/server/auth/guards';
import { readForm } from '$lib/server/editorial/form';
import { id } from '$lib/server/editorial/fields';
import { recordAudit } from '$lib/server/db/queries/audit';
import { findSource, listFailedItems, listSources, makeSourceDue, updateSourceSettings } from '$lib/server/db/queries/sources';
import { getDb } from '$lib/server/db/instance';
import { addSource, MAX_INTERVAL_SECONDS, MAX_PAGES_PER_SOURCE, MIN_INTERVAL_SECONDS, SourceInputError } from '$lib/server/sources/add-source';
import { sourceHealth } from '$lib/server/sources/health';
import { queueClient } from '$lib/server/jobs/instance';
import { retryFailedItem } from '$lib/server/jobs/worker';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const db = getDb();
	const now = new Date();
	const [sources, failed] = await Promise.all([listSources(db), listFailedItems(db, 100)]);
	const names = new Map(sources.map((s) => [s.id, s.name]));
	return {
		failed: failed.map((f) => ({ sourceId: f.sourceId, sourceName: names.get(f.sourceId) ?? String(f.sourceId), key: f.key, url: f.url, lastError: f.lastError, attempts: f.attempts, updatedAt: f.updatedAt })),
		sources: sources.map((s) => ({
			id: s.id,
			kind: s.kind,
			name: s.name,
			url: s.url,
			pageCount: s.pages.length,
			paused: s.paused,
			intervalMinutes: Math.round(s.intervalSeconds / 60),
			health: sourceHealth(s, now),
			nextPollAt: s.kind === 'push' || s.paused ? null : s.nextPollAt,
			lastSuccessAt: s.lastSuccessAt,
			lastError: s.lastError,
			lastErrorAt: s.lastErrorAt,
			consecutiveFailures: s.consecutiveFailures,
			itemsSeen: s.itemsSeen,
			itemsNew: s.itemsNew,
			itemsFailed: s.itemsFailed
		}))
	};
};

const minutes = z.coerce.number().int().min(MIN_INTERVAL_SECONDS / 60).max(MAX_INTERVAL_SECONDS / 60);
const addForm = z.object({
	kind: z.enum(['feed', 'pages', 'push']),
	name: z.string().trim().max(200).default(''),
	url: z.string().max(2100).default(''),
	pages: z.string().max(MAX_PAGES_PER_SOURCE * 2100).default(''),
	interval: z.string().default('30')
});
const sourceForm = z.object({ source: id });
const intervalForm = z.object({ source: id, interval: z.string() });
const retryForm = z.object({ source: id, key: z.string().min(1).max(2100) });

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = messagesFor(locals.lang).sources;
		const form = await readForm(request, addForm, locals.lang);
		if (!form.ok) return form.failure;
		const { kind, name, url, pages } = form.data;
		const interval = minutes.safeParse(form.data.interval || '30');
		if (!interval.success) return fail(400, { message: t.errors.interval });
		if (kind !== 'feed' && !name) return fail(400, { message: t.errors.name });
		const intervalSeconds = interval.data * 60;
		try {
			const input = kind === 'feed' ? { kind, name, url, intervalSeconds } : kind === 'pages' ? { kind, name, pages: pages.split(/\r?\n/), intervalSeconds } : { kind, name };
			const db = getDb();
			const added = await db.transaction().execute(async (tx) => {
				const result = await addSource(tx, input, user.id);
				if (result.id !== null) {
					await recordAudit(tx, { userId: user.id, action: 'source.add', entity: 'source', entityId: result.id, before: null, after: { kind, name: name || null, url: kind === 'feed' ? url : null, intervalSeconds } });
				}
				return result;
			});
			if (added.id === null) return fail(400, { message: t.done.duplicate });
			const saved = await findSource(db, added.id);
			return { done: t.done.added(saved?.name ?? name), token: added.token ?? null };
		} catch (error) {
			if (!(error instanceof SourceInputError)) throw error;
			const problem = error.problem;
			const message =
				problem === 'notUrl' ? t.errors.notUrl(error.subject) : problem === 'notHttp' ? t.errors.notHttp(error.subject) : problem === 'tooManyPages' ? t.errors.tooManyPages(MAX_PAGES_PER_SOURCE) : t.errors[problem];
			return fail(400, { message });
		}
	},

	pause: async ({ request, locals }) => setPaused(request, locals, true),
	resume: async ({ request, locals }) => setPaused(request, locals, false),

	interval: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = messagesFor(locals.lang).sources;
		const form = await readForm(request, intervalForm, locals.lang);
		if (!form.ok) return form.failure;
		const interval = minutes.safeParse(form.data.interval);
		if (!interval.success) return fail(400, { message: t.errors.interval });
		const db = getDb();
		const before = await findSource(db, form.data.source);
		if (!before) return fail(404, { message: t.done.gone });
		await db.transaction().execute(async (tx) => {
			await updateSourceSettings(tx, before.id, { intervalSeconds: interval.data * 60 });
			await recordAudit(tx, { userId: user.id, action: 'source.interval', entity: 'source', entityId: before.id, before: { intervalSeconds: before.intervalSeconds }, after: { intervalSeconds: interval.data * 60 } });
		});
		return { done: t.done.interval(before.name, interval.data) };
	},

	retry: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = messagesFor(locals.lang).sources;
		const form = await readForm(request, retryForm, locals.lang);
		if (!form.ok) return form.failure;
		const { source, key } = form.data;
		if (!(await retryFailedItem(getDb(), await queueClient(), source, key))) return fail(404, { message: t.done.gone });
		await recordAudit(getDb(), { userId: user.id, action: 'source_item.retry', entity: 'source', entityId: source, before: { state: 'failed' }, after: { state: 'queued', key } });
		return { done: t.done.retried };
	},

	pollNow: async ({ request, locals }) => {
		const user = requireRole(locals, 'editor');
		const t = messagesFor(locals.lang).sources;
		const form = await readForm(request, sourceForm, locals.lang);
		if (!form.ok) return form.failure;
		const db = getDb();
		const source = await findSource(db, form.data.source);
		if (!source || !(await makeSourceDue(db, source.id))) return fail(404, { message: t.done.gone });
		await recordAudit(db, { userId: user.id, action: 'source.poll_now', entity: 'source', entityId: source.id, before: null, after: null });
		return { done: t.done.pollNow(source.name) };
	}
};

async function setPaused(request: Request, locals: App.Locals, paused: boolean) {
	const user = requireRole(locals, 'editor');
	const t = messagesFor(locals.lang).sources;
	const form = await readForm(request, sourceForm, locals.lang);
	if (!form.ok) return form.failure;
	const db = getDb();
	const source = await findSource(db, form.data.source);
	if (!source) return fail(404, { message: t.done.gone });
	await db.transaction().execute(async (tx) => {
		await updateSourceSettings(tx, source.id, { paused });
		await recordAudit(tx, { userId: user.id, action: paused ? 'source.pause' : 'source.resume', entity: 'source', entityId: source.id, before: { paused: source.paused }, after: { paused } });
	});
	return { done: paused ? t.done.paused(source.name) : t.done.resumed(source.name) };
}
