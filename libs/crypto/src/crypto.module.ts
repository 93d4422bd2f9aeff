import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '@casebook/config';
import { Keyring } from './keyring';

/** Provides the Keyring built from NARRATIVE_KEYS. */
@Global()
@Module({
  providers: [
    { provide: Keyring, inject: [ConfigService], useFactory: (config: ConfigService<Env, true>) => new Keyring(config.get('NARRATIVE_KEYS', { infer: true })) },
  ],
  exports: [Keyring],
})
export class CryptoModule {}
