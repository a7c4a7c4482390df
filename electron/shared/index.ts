// The shared vocabulary: one import for both processes. Only plain data and pure helpers live here
// (no Node, Electron, zod or DOM), so the renderer may import it by value.
export * from './assessment-vocabulary';
export * from './case-vocabulary';
export * from './dates';
export * from './errors';
export * from './finding-fix';
export * from './interview-vocabulary';
export * from './limits';
export * from './lists';
export * from './locales';
export * from './paragraph-model';
export * from './prevention-vocabulary';
export * from './template';
