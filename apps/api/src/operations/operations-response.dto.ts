import { ApiProperty } from '@nestjs/swagger';

export class StatusCountDto {
  @ApiProperty({ example: 'submitted' }) status!: string;
  @ApiProperty() count!: number;
}

export class QueueDepthDto {
  @ApiProperty({ example: 'redaction' }) name!: string;
  @ApiProperty() waiting!: number;
  @ApiProperty() active!: number;
  @ApiProperty() delayed!: number;
  @ApiProperty() failed!: number;
}

export class OutboxStateDto {
  @ApiProperty({ description: 'events not yet dispatched' }) pending!: number;
  @ApiProperty({ description: 'age of the oldest pending event' }) lagSeconds!: number;
}

export class OperationsPolicyDto {
  @ApiProperty() k!: number;
  @ApiProperty() maxNoise!: number;
  @ApiProperty() noiseVariance!: number;
  @ApiProperty() reportBudget!: number;
  @ApiProperty() budgetWindowDays!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RequesterUseDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'reports asked in the budget window' }) reports!: number;
  @ApiProperty({ description: 'distinct questions among them' }) distinct!: number;
  @ApiProperty({ format: 'date-time' }) last!: string;
}

/** Counts and queue depths, never content. */
export class OperationsResponseDto {
  @ApiProperty({ type: [StatusCountDto] }) cases!: StatusCountDto[];
  @ApiProperty({ type: [StatusCountDto] }) redactions!: StatusCountDto[];
  @ApiProperty({ type: [QueueDepthDto] }) queues!: QueueDepthDto[];
  @ApiProperty({ type: OutboxStateDto }) outbox!: OutboxStateDto;
  @ApiProperty({ type: OperationsPolicyDto }) policy!: OperationsPolicyDto;
  @ApiProperty({ type: [RequesterUseDto] }) reportsByRequester!: RequesterUseDto[];
}
