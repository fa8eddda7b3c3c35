// A form POST to `?/default` makes SvelteKit throw a plain Error ("Cannot use reserved action
// name"), which becomes a 500 and a logged bug (issue 15). It is a client's mistake or a probe,
// so it gets the 404 SvelteKit gives for any other action name that does not exist.
import { error, type Handle } from '@sveltejs/kit';

/** The form action a request names: like SvelteKit, the first query parameter whose name starts with "/". */
export function requestedActionName(url: URL): string | null {
	for (const [name] of url.searchParams) if (name.startsWith('/')) return name.slice(1);
	return null;
}

export const rejectReservedAction: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST' && requestedActionName(event.url) === 'default') {
		error(404, 'No form action is named “default”; post to the page without ?/default to use its default action.');
	}
	return resolve(event);
};
