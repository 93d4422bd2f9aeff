export * from './keyring';
export * from './crypto.module';
export * from './cursor-codec';
