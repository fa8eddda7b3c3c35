// On a loopback address the same site is reached as http://localhost, http://127.0.0.1 and
// http://[::1]: three origins. A fixed ORIGIN accepts form posts (login, review, reports) from one
// of them and refuses the others as cross-site. Instead, each request's origin is taken from its
// Host header when that header names this machine, and the protocol is plain http (this server
// speaks no TLS). A Host naming anything else — a DNS-rebinding page that resolved to 127.0.0.1 —
// is treated as http://localhost, so its posts still fail SvelteKit's origin check.
import http from 'node:http';

/** Makes adapter-node derive each request's origin from its loopback Host header. */
export function originFromLoopbackHost(port) {
	const loopback = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
	process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	process.env.HOST_HEADER = 'host';
	const createServer = http.createServer;
	// adapter-node creates its server with http.createServer when build/index.js loads; the first
	// 'request' listener runs before its handler and overwrites whatever a client sent.
	http.createServer = (...args) => {
		const server = createServer(...args);
		server.prependListener('request', (req) => {
			req.headers['x-forwarded-proto'] = 'http';
			if (!loopback.has(String(req.headers.host).toLowerCase())) req.headers.host = `localhost:${port}`;
		});
		http.createServer = createServer;
		return server;
	};
}
