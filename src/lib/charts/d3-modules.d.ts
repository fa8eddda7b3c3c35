// The small part of d3-scale and d3-shape the charts use. The packages ship no types and
// @types/d3-* is not installed; if it ever is, delete this file.
declare module 'd3-scale' {
	export interface ScaleLinear {
		(value: number): number;
		domain(): number[];
		domain(domain: number[]): ScaleLinear;
		range(range: number[]): ScaleLinear;
		nice(count?: number): ScaleLinear;
		ticks(count?: number): number[];
	}
	export function scaleLinear(): ScaleLinear;

	export interface ScaleBand<D> {
		(value: D): number | undefined;
		domain(domain: D[]): ScaleBand<D>;
		range(range: [number, number]): ScaleBand<D>;
		paddingInner(padding: number): ScaleBand<D>;
		paddingOuter(padding: number): ScaleBand<D>;
		bandwidth(): number;
		step(): number;
	}
	export function scaleBand<D = string>(): ScaleBand<D>;

	export interface ScaleQuantize<R> {
		(value: number): R;
		domain(domain: [number, number]): ScaleQuantize<R>;
		range(range: R[]): ScaleQuantize<R>;
	}
	export function scaleQuantize<R>(): ScaleQuantize<R>;
}

declare module 'd3-shape' {
	export interface SeriesPoint<T> extends Array<number> {
		0: number;
		1: number;
		data: T;
	}
	export interface Series<T, K> extends Array<SeriesPoint<T>> {
		key: K;
		index: number;
	}
	export interface Stack<T, K> {
		(data: T[]): Series<T, K>[];
		keys(keys: readonly K[]): Stack<T, K>;
		value(accessor: (d: T, key: K) => number): Stack<T, K>;
	}
	export function stack<T, K extends string = string>(): Stack<T, K>;

	export interface Line<T> {
		(data: T[]): string | null;
		x(x: (d: T, i: number) => number): Line<T>;
		y(y: (d: T, i: number) => number): Line<T>;
		curve(curve: CurveFactory): Line<T>;
	}
	export function line<T>(): Line<T>;
	export interface Area<T> {
		(data: T[]): string | null;
		x(x: (d: T, i: number) => number): Area<T>;
		y0(y: number | ((d: T, i: number) => number)): Area<T>;
		y1(y: (d: T, i: number) => number): Area<T>;
		curve(curve: CurveFactory): Area<T>;
	}
	export function area<T>(): Area<T>;
	export type CurveFactory = { readonly __curve: unique symbol };
	export const curveMonotoneX: CurveFactory;
}
