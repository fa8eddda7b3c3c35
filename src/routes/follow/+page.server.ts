// /follow?scope=…: the Atom feeds of a scope (an institution, a province, a search) and, when
// SMTP_URL is set, the email alert form (double opt-in; see $lib/server/follow/alerts.ts).
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { newPledgesFeed, parseFollowScope, scopePledgesHref, statusChangesFeed } from '$lib/filters/follow-scope';
import { getDb } from '$lib/server/db/instance';
import { readForm } from '$lib/server/editorial/form';
import { requestSubscription } from '$lib/server/follow/alerts';
import { getMailer } from '$lib/server/follow/instance';
import { describeScope } from '$lib/server/follow/scope-label';

export const load: PageServerLoad = async ({ url, locals }) => {
	const scope = parseFollowScope(url.searchParams.get('scope') ?? '');
	const label = await describeScope(getDb(), scope, locals.lang);
	if (label === null) error(404, 'Nothing to follow at this address: the institution or province does not exist.');
	return { scope: scope.scope, label, newPledges: newPledgesFeed(scope), statusChanges: statusChangesFeed(scope), pledges: scopePledgesHref(scope) };
};

const subscribeForm = z.object({
	email: z.string().max(320),
	scope: z.string().max(1000),
	// A field people never see: bots that fill every input give themselves away.
	website: z.string().max(0, 'must be empty').optional()
});

export const actions: Actions = {
	subscribe: async ({ request, locals, url, getClientAddress }) => {
		const mailer = getMailer();
		if (!mailer) return fail(404, { problem: 'off' as const });
		const form = await readForm(request, subscribeForm, locals.lang);
		if (!form.ok) return fail(400, { problem: 'bad-email' as const });
		let outcome;
		try {
			outcome = await requestSubscription(getDb(), mailer, { email: form.data.email, scope: form.data.scope, lang: locals.lang, clientAddress: getClientAddress(), origin: url.origin });
		} catch (e) {
			console.error('Confirmation mail could not be sent:', (e as Error).message);
			return fail(503, { problem: 'send-failed' as const });
		}
		if (outcome === 'bad-email' || outcome === 'unknown-scope') return fail(400, { problem: 'bad-email' as const });
		if (outcome === 'rate-limited') return fail(429, { problem: 'rate-limited' as const });
		return { done: outcome, email: form.data.email.trim().toLowerCase().slice(0, 254) };
	}
};
