export * from './detect';
export * from './span-rules';
export * from './types';
export * from './detector-pool';
