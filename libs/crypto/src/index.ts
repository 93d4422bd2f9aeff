export * from './keyring';
export * from './crypto.module';
export * from './encryption-contexts';
export * from './key-rotation.service';
export * from './case-keys.service';
