import { loadEmbed } from '../load-embed';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => loadEmbed(url, locals);
