// Fills <html lang> in app.html. The bilingual dashboard decides the language; until then: Indonesian.
import type { Handle } from '@sveltejs/kit';

export const pageLanguage: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'id') });
