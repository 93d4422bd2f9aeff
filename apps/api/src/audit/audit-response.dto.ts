import { ApiProperty } from '@nestjs/swagger';

/** One event of the audit log: who did what to which record, never content. */
export class AuditEventDto {
  @ApiProperty({ description: 'sequence number (a decimal string: it may exceed 2^53)', example: '1024' }) seq!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'admin' }) actorRole!: string | null;
  @ApiProperty({ example: 'case.submitted' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: 'case' }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the client network, truncated (never a full address)' }) clientNetwork!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'codes, ids and counts only' }) summary!: Record<string, unknown>;
  @ApiProperty({ description: 'SHA-256 of this event chained to the previous one' }) hash!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as ?cursor= for the next (older) page; null on the last page' }) nextCursor!: string | null;
}

export class ChainCheckDto {
  @ApiProperty() intact!: boolean;
  @ApiProperty({ description: 'events checked' }) checked!: number;
  @ApiProperty({ type: String, nullable: true, description: 'sequence number of the first broken link' }) firstBrokenSeq!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'hash of the newest event' }) headHash!: string | null;
}
