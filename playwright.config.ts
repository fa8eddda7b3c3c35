import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			// Debian's Chromium: Playwright cannot download its own browser on this network.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		// The built server, as `npm start` runs it, on a fresh in-memory database per run.
		command: 'node build',
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: { PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: 'memory://', DATABASE_URL: '', ORIGIN: `http://127.0.0.1:${port}` }
	}
});
