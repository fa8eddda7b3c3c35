// Hostile text for the XSS tests, written for this project: if any of it runs, it sets
// window.__pwned or opens a dialog, which the tests watch for.
export const XSS = {
	title: `Judul <img src=x onerror="window.__pwned=1;alert('title')"> berita`,
	institutionName: `DPRD <svg onload="window.__pwned=2;alert('inst')"></svg> Palsu`,
	url: `javascript:window.__pwned=3;alert('url')`,
	before: `Paragraf awal <script>window.__pwned=4;alert('body')</script>. `,
	evidence: `Ketua <b onmouseover="window.__pwned=5">dewan</b> berjanji mendukung program <iframe src="javascript:alert(6)"></iframe> sekolah.`,
	after: ` Penutup "><script>alert(7)</script>`
};
