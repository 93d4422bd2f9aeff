import { Injectable } from '@nestjs/common';
import { AuditService } from '@casebook/audit';
import type { CliCommand, CliIO } from '../cli-command';

/** Recomputes the audit chain; exit code 0 only when it is intact. */
@Injectable()
export class AuditVerifyCommand implements CliCommand {
  readonly name = 'audit:verify';
  readonly summary = 'Verify the audit log hash chain (exit 0 only when intact)';
  readonly usage = 'audit:verify';
  readonly options = {};

  constructor(private readonly audit: AuditService) {}

  async run(_options: unknown, io: CliIO): Promise<number> {
    const result = await this.audit.verifyChain();
    if (result.intact) {
      io.out(`Audit chain intact: ${result.checked} events, head ${result.headHash ?? '(empty)'}`);
      return 0;
    }
    io.out(`Audit chain BROKEN at event ${result.firstBrokenSeq} (of ${result.checked} checked)`);
    return 1;
  }
}
