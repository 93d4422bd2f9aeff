import { Injectable } from '@nestjs/common';
import { KeyRotationService } from '@casebook/crypto';
import type { CliCommand, CliIO } from '../cli-command';

/** Re-encrypts narratives and TOTP secrets with the newest key of NARRATIVE_KEYS. */
@Injectable()
export class KeysRotateCommand implements CliCommand {
  readonly name = 'keys:rotate';
  readonly summary = 'Re-encrypt every narrative and TOTP secret with the newest key';
  readonly usage = 'keys:rotate';
  readonly options = {};

  constructor(private readonly rotation: KeyRotationService) {}

  async run(_options: unknown, io: CliIO): Promise<number> {
    const result = await this.rotation.rotate((progress) => io.err(`re-encrypted ${progress.narratives} narratives…`));
    io.out(`Re-encrypted ${result.narratives} narratives and ${result.totpSecrets} TOTP secrets with key ${result.currentKeyId}.`);
    io.out('Older keys can be removed from NARRATIVE_KEYS once every process runs with this configuration.');
    return 0;
  }
}
