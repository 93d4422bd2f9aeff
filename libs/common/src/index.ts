export * from './domain-error';
export * from './shutdown';
export * from './batch-coalescer';
export * from './canonical-json';
export * from './cursor-codec';
export * from './version';
export * from './field-messages';
export * from './country-names';
