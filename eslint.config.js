import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		// Migrations describe the database as it was, on Kysely<any> (see CONVENTIONS.md).
		files: ['migrations/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// Layer boundaries (docs/architecture.md). Type-only imports are allowed: types carry no SQL and
	// no side effects.
	{
		// All SQL lives in src/lib/server/db: nothing else builds queries.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		// jobs/queue.ts hands pg-boss an executeSql over our own handle (compiled raw SQL from pg-boss,
		// not a query of ours), so PGlite can run the job queue; it is the one adapter outside db/.
		ignores: ['src/lib/server/db/**', 'src/lib/server/jobs/queue.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'kysely', message: 'SQL lives in src/lib/server/db/queries; call a query function instead.', allowTypeImports: true },
						{ name: 'pg', message: 'Connections live in src/lib/server/db.', allowTypeImports: true },
						{ name: '@electric-sql/pglite', message: 'Connections live in src/lib/server/db.', allowTypeImports: true }
					]
				}
			]
		}
	},
	{
		// Browser-side and shared code never reaches into the server (secrets, database, file system).
		files: ['src/lib/components/**', 'src/lib/charts/**', 'src/lib/domain/**', 'src/lib/filters/**', 'src/lib/format/**', 'src/lib/i18n/**', 'src/lib/citation/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [{ group: ['$lib/server', '$lib/server/*', '**/server/*', '**/server'], message: 'Components and shared code must not import server modules; pass plain data from a load function.' }],
					paths: [{ name: 'kysely', message: 'SQL lives in src/lib/server/db/queries.', allowTypeImports: true }]
				}
			]
		}
	},
	{
		// The domain layer imports nothing but itself.
		files: ['src/lib/domain/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['$lib/*', '!$lib/domain', '!$lib/domain/*'], message: 'src/lib/domain imports nothing outside itself.' }] }]
		}
	},
	{
		// Extraction is pure: text in, statements out — no database, no ingestion, no network client.
		files: ['src/lib/server/extract/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/server/db', '$lib/server/db/*', '**/db/*', '**/db', '$lib/server/ingest/*', '**/ingest/*'], message: 'Extraction is pure: it must not import the database or ingestion.' }
					],
					paths: [
						{ name: 'kysely', message: 'Extraction is pure: no SQL.' },
						{ name: 'pg', message: 'Extraction is pure: no database.' }
					]
				}
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/']
	}
);
