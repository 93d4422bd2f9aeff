export * from './env.schema';
export * from './env.loader';
export * from './config.module';
