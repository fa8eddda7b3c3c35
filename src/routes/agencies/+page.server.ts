import type { PageServerLoad } from './$types';
import { loadInstitutionList } from '../load-institution-list';

export const load: PageServerLoad = ({ url, locals }) => loadInstitutionList('agencies', url, locals);
