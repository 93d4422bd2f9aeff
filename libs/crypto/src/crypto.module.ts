import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '@casebook/config';
import { CursorCodec } from '@casebook/common';
import { Keyring } from './keyring';
import { KeyRotationService } from './key-rotation.service';
import { CaseKeysService } from './case-keys.service';

/** Provides the Keyring built from NARRATIVE_KEYS and the page-cursor codec keyed from JWT_SECRET. */
@Global()
@Module({
  providers: [
    { provide: Keyring, inject: [ConfigService], useFactory: (config: ConfigService<Env, true>) => new Keyring(config.get('NARRATIVE_KEYS', { infer: true })) },
    KeyRotationService,
    CaseKeysService,
    { provide: CursorCodec, inject: [ConfigService], useFactory: (config: ConfigService<Env, true>) => new CursorCodec(config.get('JWT_SECRET', { infer: true })) },
  ],
  exports: [Keyring, CursorCodec, KeyRotationService, CaseKeysService],
})
export class CryptoModule {}
