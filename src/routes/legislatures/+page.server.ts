import type { PageServerLoad } from './$types';
import { loadInstitutionList } from '../load-institution-list';

export const load: PageServerLoad = ({ url }) => loadInstitutionList('legislatures', url);
