// L2-regularized logistic regression over sparse binary features, fitted by L-BFGS on the whole
// batch. The objective is convex, so the optimum is unique: the same data gives the same weights,
// with no learning-rate schedule or shuffling to seed. Small and dependency-free on purpose: the
// corpus is thousands of sentences, and the npm logistic-regression packages are dense-matrix
// (a 1M-wide hashed feature space does not fit them).

export interface Example {
	/** Column indices of the features present (value 1), each at most once. */
	x: readonly number[];
	y: 0 | 1;
	/** Weight of the example in the loss (class balancing); 1 by default. */
	weight?: number;
}

export interface FitOptions {
	/** L2 penalty on the weights (not on the bias). */
	l2: number;
	maxIterations?: number;
	/** Stop when the gradient's largest component falls below this. */
	tolerance?: number;
}

export interface LinearModel {
	bias: number;
	weights: Float64Array;
}

export function sigmoid(z: number): number {
	if (z >= 0) return 1 / (1 + Math.exp(-z));
	const e = Math.exp(z);
	return e / (1 + e);
}

export function score(model: LinearModel, x: readonly number[]): number {
	let z = model.bias;
	for (const j of x) z += model.weights[j];
	return z;
}

/** Loss and gradient at params = [bias, w0, w1, …]. */
function lossAndGradient(params: Float64Array, examples: readonly Example[], l2: number, grad: Float64Array): number {
	grad.fill(0);
	let loss = 0;
	for (const ex of examples) {
		let z = params[0];
		for (const j of ex.x) z += params[j + 1];
		const w = ex.weight ?? 1;
		// log(1 + e^-yz) written to stay finite for large |z|.
		const m = ex.y === 1 ? z : -z;
		loss += w * (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
		const g = w * (sigmoid(z) - ex.y);
		grad[0] += g;
		for (const j of ex.x) grad[j + 1] += g;
	}
	for (let k = 1; k < params.length; k++) {
		loss += 0.5 * l2 * params[k] * params[k];
		grad[k] += l2 * params[k];
	}
	return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

function maxAbs(a: Float64Array): number {
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
	return m;
}

/** Fits a model over `columns` feature columns. */
export function fitLogistic(examples: readonly Example[], columns: number, options: FitOptions): LinearModel {
	const n = columns + 1;
	const maxIterations = options.maxIterations ?? 300;
	const tolerance = options.tolerance ?? 1e-5;
	const history = 8;
	let x = new Float64Array(n);
	let g = new Float64Array(n);
	let f = lossAndGradient(x, examples, options.l2, g);
	const s: Float64Array[] = [];
	const y: Float64Array[] = [];
	const rho: number[] = [];
	const direction = new Float64Array(n);
	const alpha = new Array<number>(history).fill(0);
	const nextX = new Float64Array(n);
	const nextG = new Float64Array(n);
	for (let iter = 0; iter < maxIterations && maxAbs(g) > tolerance; iter++) {
		// Two-loop recursion: direction = -H·g.
		for (let i = 0; i < n; i++) direction[i] = -g[i];
		for (let k = s.length - 1; k >= 0; k--) {
			alpha[k] = rho[k] * dot(s[k], direction);
			for (let i = 0; i < n; i++) direction[i] -= alpha[k] * y[k][i];
		}
		if (s.length > 0) {
			const last = s.length - 1;
			const gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
			for (let i = 0; i < n; i++) direction[i] *= gamma;
		} else {
			const scale = 1 / Math.max(1, maxAbs(g));
			for (let i = 0; i < n; i++) direction[i] *= scale;
		}
		for (let k = 0; k < s.length; k++) {
			const beta = rho[k] * dot(y[k], direction);
			for (let i = 0; i < n; i++) direction[i] += s[k][i] * (alpha[k] - beta);
		}
		let slope = dot(g, direction);
		if (slope >= 0) {
			// Not a descent direction (numerical trouble): restart from steepest descent.
			s.length = y.length = rho.length = 0;
			for (let i = 0; i < n; i++) direction[i] = -g[i];
			slope = dot(g, direction);
		}
		// Backtracking line search (Armijo).
		let step = 1;
		let fNext = Infinity;
		for (let tries = 0; tries < 40; tries++) {
			for (let i = 0; i < n; i++) nextX[i] = x[i] + step * direction[i];
			fNext = lossAndGradient(nextX, examples, options.l2, nextG);
			if (fNext <= f + 1e-4 * step * slope) break;
			step *= 0.5;
		}
		if (!(fNext < f)) break;
		const sk = new Float64Array(n);
		const yk = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			sk[i] = nextX[i] - x[i];
			yk[i] = nextG[i] - g[i];
		}
		const sy = dot(sk, yk);
		if (sy > 1e-12) {
			s.push(sk);
			y.push(yk);
			rho.push(1 / sy);
			if (s.length > history) {
				s.shift();
				y.shift();
				rho.shift();
			}
		}
		x = Float64Array.from(nextX);
		g = Float64Array.from(nextG);
		f = fNext;
	}
	return { bias: x[0], weights: x.subarray(1) };
}
