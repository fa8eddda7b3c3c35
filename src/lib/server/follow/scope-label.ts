// A followed scope in words, for the Follow page, the emails and the stored label: the
// institution's or province's name, or the search. Unknown institutions are refused (null).
import type { FollowScope } from '$lib/filters/follow-scope';
import { messagesFor } from '$lib/i18n';
import type { UiLang } from '$lib/i18n/lang';
import type { Db } from '../db/connect';
import { findInstitutionBySlug } from '../db/queries/institution-profile';

export async function describeScope(db: Db, s: FollowScope, lang: UiLang): Promise<string | null> {
	const t = messagesFor(lang).follow;
	if (s.filters.institution) {
		const found = await findInstitutionBySlug(db, s.filters.institution);
		if (!found || !('found' in found)) return null;
		if (s.kind === 'institution') return found.found.name;
	}
	if (s.kind === 'province') {
		const region = await db.selectFrom('regions').select('name').where('code', '=', s.filters.province[0]).where('level', '=', 'province').executeTakeFirst();
		return region ? t.scopeProvince(region.name) : null;
	}
	if (s.filters.q) return t.scopeSearch(s.filters.q);
	return s.scope ? t.scopeFiltered : t.scopeAll;
}
