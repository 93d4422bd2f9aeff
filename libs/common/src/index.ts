export * from './domain-error';
export * from './shutdown';
export * from './batch-coalescer';
