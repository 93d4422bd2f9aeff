export * from './abilities';
export * from './casl-to-typeorm';
export * from './actor';
