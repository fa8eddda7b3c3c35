// The OpenAPI 3.1 document of /api/v1, generated from the same column specs and vocabularies as
// the data, so the description cannot drift from what the endpoints send.
import { CATEGORIES, INSTITUTION_KINDS, LANGUAGES, LEVELS, PLEDGE_STATUSES, STATEMENT_KINDS, STRENGTHS } from '$lib/domain/vocabulary';
import { PUBLIC_REVIEW_STATUSES } from '$lib/filters/pledge-filters';
import type { Column, Dataset } from './columns';
import { articlesDataset } from './dataset-articles';
import { institutionsDataset } from './dataset-institutions';
import { pledgesDataset } from './dataset-pledges';
import { JSON_DEFAULT_LIMIT, JSON_MAX_LIMIT } from './formats';

type Schema = Record<string, unknown>;

const TYPE: Record<Column<never>['type'], Schema> = {
	string: { type: 'string' },
	integer: { type: 'integer' },
	number: { type: 'number' },
	date: { type: 'string', format: 'date' },
	boolean: { type: 'boolean' }
};

function rowSchema(d: Dataset<never>): Schema {
	const properties: Record<string, Schema> = {};
	for (const c of d.columns) {
		const base: Schema = { ...TYPE[c.type], description: c.description.en };
		if (c.values) base.enum = [...c.values, null];
		// The primary key is never null; every other column may be.
		properties[c.name] = c.name === d.primaryKey ? { ...TYPE[c.type], description: c.description.en } : { ...base, type: [base.type as string, 'null'] };
	}
	return { type: 'object', description: d.description.en, properties, required: d.columns.map((c) => c.name), additionalProperties: false };
}

function pageSchema(ref: string): Schema {
	return {
		type: 'object',
		required: ['dataset', 'total', 'limit', 'next', 'next_url', 'rows'],
		properties: {
			dataset: { type: 'string' },
			total: { type: 'integer', description: 'Rows matching the filters, over all pages.' },
			limit: { type: 'integer' },
			next: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' },
			next_url: { type: ['string', 'null'], format: 'uri' },
			rows: { type: 'array', items: { $ref: ref } }
		}
	};
}

const list = (name: string, values: readonly (string | number)[] | null, description: string): Schema => ({
	name,
	in: 'query',
	required: false,
	description: `${description} Repeat the parameter (or separate with commas) for several values.`,
	style: 'form',
	explode: true,
	schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string' } }
});
const one = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'query', required: false, description, schema });
const month = (name: string, description: string) => one(name, { type: 'string', pattern: '^(?!0000)\\d{4}-(0[1-9]|1[0-2])$' }, description);

const PAGING = [
	one('limit', { type: 'integer', minimum: 1, maximum: JSON_MAX_LIMIT, default: JSON_DEFAULT_LIMIT }, 'Rows per page.'),
	one('cursor', { type: 'string' }, 'The `next` value of the previous page.')
];
const PLEDGE_FILTERS = [
	one('q', { type: 'string', maxLength: 200 }, 'Full-text search (Indonesian and English stemming) over quotes and articles.'),
	list('kind', STATEMENT_KINDS, 'Statement kind.'),
	list('category', CATEGORIES, 'Category of support.'),
	list('actor_kind', INSTITUTION_KINDS, 'Kind of the institution that made the statement (the `actor_kind` column).'),
	list('year', null, 'Year the statement was made, e.g. 2025.'),
	list('level', LEVELS, 'Level of the institution.'),
	list('province', null, 'Two-digit province code, e.g. 62.'),
	list('strength', STRENGTHS, 'Strength of the commitment.'),
	list('status', PLEDGE_STATUSES, 'Latest pledge status.'),
	list('review', PUBLIC_REVIEW_STATUSES, 'Review status (rejected statements are never published).'),
	one('institution', { type: 'string', pattern: '^[a-z0-9-]{1,120}$' }, 'Slug of the institution that made the statement.'),
	one('overdue', { type: 'string', enum: ['1', '0'] }, '`1`: only overdue pledges (a stated deadline `due_on` before today, UTC+7, and no kept, partly kept or broken status); `0`: only statements that are not overdue (the scorecards\' in progress, stalled and not yet rated segments).'),
	month('due_from', 'First month (YYYY-MM) of the stated deadline (`due_on`) range.'),
	month('due_to', 'Last month (YYYY-MM) of the stated deadline (`due_on`) range.'),
	month('from', 'First month (YYYY-MM) of the statement date range.'),
	month('to', 'Last month (YYYY-MM) of the statement date range.')
];
const INSTITUTION_FILTERS = [
	one('q', { type: 'string', maxLength: 100 }, 'Part of the name.'),
	list('kind', INSTITUTION_KINDS, 'Institution kind.'),
	list('level', LEVELS, 'Level of government.'),
	list('province', null, 'Two-digit province code.'),
	month('from', 'Count statements from this month (YYYY-MM); lists only institutions active in the period.'),
	month('to', 'Count statements up to this month (YYYY-MM).')
];
const ARTICLE_FILTERS = [
	one('q', { type: 'string', maxLength: 200 }, 'Full-text search.'),
	list('language', LANGUAGES, 'Article language.'),
	one('outlet', { type: 'string' }, 'Outlet domain.'),
	list('year', null, 'Publication year.'),
	month('from', 'First publication month (YYYY-MM).'),
	month('to', 'Last publication month (YYYY-MM).')
];

const ERR = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const COMMON_ERRORS = {
	'400': ERR('A parameter is invalid (message says which and how to fix it).'),
	'429': {
		...ERR('Too many requests from this address.'),
		headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } }
	}
};
const CACHING = {
	ETag: { schema: { type: 'string' } },
	'Last-Modified': { schema: { type: 'string' } }
};
const ok = (description: string, ref: string) => ({ description, headers: CACHING, content: { 'application/json': { schema: { $ref: ref } } } });
const notModified = { description: 'Not modified since the ETag or date the client sent.' };

export function openApiDocument(origin: string): Record<string, unknown> {
	const slug = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
	return {
		openapi: '3.1.0',
		info: {
			title: 'Pledgewatch API',
			version: '1.0.0',
			description:
				'Read-only access to the pledges and requests of Indonesian institutions, the institutions and the source articles. Pages are keyset-paginated: follow `next`. Responses carry ETag and Last-Modified; send If-None-Match for a 304. Errors have one shape: {"error": {"code", "message"}}. Rate limit: per client address, see docs/api.md.',
			license: { name: 'CC BY 4.0 (data)', identifier: 'CC-BY-4.0' }
		},
		servers: [{ url: origin }],
		paths: {
			'/api/v1/pledges': {
				get: {
					operationId: 'listPledges',
					summary: 'Pledges and requests under the /pledges filters, in id order.',
					parameters: [...PLEDGE_FILTERS, ...PAGING],
					responses: { '200': ok('One page.', '#/components/schemas/PledgePage'), '304': notModified, ...COMMON_ERRORS }
				}
			},
			'/api/v1/pledges/{id}': {
				get: {
					operationId: 'getPledge',
					summary: 'One statement by its stable id.',
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
					responses: { '200': ok('The statement.', '#/components/schemas/PledgeItem'), '304': notModified, '404': ERR('No public statement has this id.'), ...COMMON_ERRORS }
				}
			},
			'/api/v1/institutions': {
				get: {
					operationId: 'listInstitutions',
					summary: 'Institutions with their statement counts.',
					parameters: [...INSTITUTION_FILTERS, ...PAGING],
					responses: { '200': ok('One page.', '#/components/schemas/InstitutionPage'), '304': notModified, ...COMMON_ERRORS }
				}
			},
			'/api/v1/institutions/{slug}': {
				get: {
					operationId: 'getInstitution',
					summary: 'One institution; an old or merged slug answers 301 with the current one.',
					parameters: [slug],
					responses: {
						'200': ok('The institution.', '#/components/schemas/InstitutionItem'),
						'301': { description: 'Moved: the slug was renamed or merged.' },
						'304': notModified,
						'404': ERR('No institution has this slug.'),
						...COMMON_ERRORS
					}
				}
			},
			'/api/v1/institutions/{slug}/pledges': {
				get: {
					operationId: 'listInstitutionPledges',
					summary: "One institution's statements under the pledge filters.",
					parameters: [slug, ...PLEDGE_FILTERS.filter((p) => p.name !== 'institution'), ...PAGING],
					responses: {
						'200': ok('One page.', '#/components/schemas/PledgePage'),
						'301': { description: 'Moved: the slug was renamed or merged.' },
						'304': notModified,
						'404': ERR('No institution has this slug.'),
						...COMMON_ERRORS
					}
				}
			},
			'/api/v1/articles': {
				get: {
					operationId: 'listArticles',
					summary: 'Article metadata (not the text) with public statement counts.',
					parameters: [...ARTICLE_FILTERS, ...PAGING],
					responses: { '200': ok('One page.', '#/components/schemas/ArticlePage'), '304': notModified, ...COMMON_ERRORS }
				}
			}
		},
		components: {
			schemas: {
				Pledge: rowSchema(pledgesDataset as unknown as Dataset<never>),
				Institution: rowSchema(institutionsDataset as unknown as Dataset<never>),
				Article: rowSchema(articlesDataset as unknown as Dataset<never>),
				PledgePage: pageSchema('#/components/schemas/Pledge'),
				InstitutionPage: pageSchema('#/components/schemas/Institution'),
				ArticlePage: pageSchema('#/components/schemas/Article'),
				PledgeItem: { type: 'object', required: ['data'], properties: { data: { $ref: '#/components/schemas/Pledge' } } },
				InstitutionItem: { type: 'object', required: ['data'], properties: { data: { $ref: '#/components/schemas/Institution' } } },
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['code', 'message'],
							properties: {
								code: { type: 'string', enum: ['bad_request', 'not_found', 'rate_limited', 'method_not_allowed', 'unavailable', 'internal'] },
								message: { type: 'string' }
							}
						}
					}
				}
			}
		}
	};
}
