// Embed pages answer for the link back in the attribution line (the root layout gives lang and demo).
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url }) => {
	const institution = url.searchParams.get('institution');
	const safe = institution && /^[a-z0-9-]{1,120}$/.test(institution) ? institution : null;
	return { backHref: `${url.origin}${safe ? `/institutions/${safe}` : '/'}` };
};
