import { Injectable } from '@nestjs/common';
import { KeyRotationService } from '@casebook/crypto';
import type { CliCommand, CliIO } from '../cli-command';

/** Re-wraps case keys and TOTP secrets with the newest key of NARRATIVE_KEYS; moves old-format case data under case keys. */
@Injectable()
export class KeysRotateCommand implements CliCommand {
  readonly name = 'keys:rotate';
  readonly summary = 'Re-wrap every case key and TOTP secret with the newest key';
  readonly usage = 'keys:rotate';
  readonly options = {};

  constructor(private readonly rotation: KeyRotationService) {}

  async run(_options: unknown, io: CliIO): Promise<number> {
    const result = await this.rotation.rotate((progress) => io.err(`moved ${progress.narratives} fields, re-wrapped ${progress.caseKeys} case keys…`));
    io.out(
      `Re-wrapped ${result.caseKeys} case keys and ${result.totpSecrets} TOTP secrets with key ${result.currentKeyId}; moved ${result.narratives} old-format fields under their case keys.`,
    );
    io.out('Older keys can be removed from NARRATIVE_KEYS once every process runs with this configuration.');
    return 0;
  }
}
