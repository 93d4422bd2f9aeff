export * from './keyring';
export * from './crypto.module';
