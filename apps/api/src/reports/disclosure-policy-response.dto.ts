import { ApiProperty } from '@nestjs/swagger';

/** The disclosure policy in force. */
export class DisclosurePolicyResponseDto {
  @ApiProperty({ description: 'counts from 1 to k − 1 are never published' }) k!: number;
  @ApiProperty({ description: 'the largest perturbation of any published count' }) maxNoise!: number;
  @ApiProperty() noiseVariance!: number;
  @ApiProperty({ description: 'distinct reports one researcher may request in the window' }) reportBudget!: number;
  @ApiProperty({ description: 'the window of the budget, in days' }) budgetWindowDays!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) updatedById!: string | null;
}
