export * from './abilities';
export * from './casl-to-typeorm';
