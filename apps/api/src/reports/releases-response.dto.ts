import { ApiProperty } from '@nestjs/swagger';

/** A number for each level of the hierarchy a release is protected at. */
export class ReleaseLevelsDto {
  @ApiProperty() all!: number;
  @ApiProperty() country!: number;
  @ApiProperty() region!: number;
}

/** The privacy-loss budget: ρ (zCDP) as decimal strings, and the ε it means at δ. */
export class PrivacyBudgetResponseDto {
  @ApiProperty({ example: '20', description: 'ρ each release of a period spends' }) periodRho!: string;
  @ApiProperty({ example: '200', description: 'ρ all releases together may spend' }) totalRho!: string;
  @ApiProperty({ example: '40' }) spentRho!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) updatedById!: string | null;
  @ApiProperty({ example: '160' }) remainingRho!: string;
  @ApiProperty() delta!: number;
  @ApiProperty({ description: 'ε at δ of the per-period ρ' }) periodEpsilon!: number;
  @ApiProperty() totalEpsilon!: number;
  @ApiProperty() spentEpsilon!: number;
  @ApiProperty({ type: ReleaseLevelsDto, description: "how a release's ρ is split across the hierarchy's levels" }) split!: ReleaseLevelsDto;
}

/** A protected release: noisy counts of one period, from which every researcher report is computed. */
export class ReleaseResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2024' }) period!: string;
  @ApiProperty({ enum: ['full', 'increment'] }) kind!: 'full' | 'increment';
  @ApiProperty({ example: '20' }) rho!: string;
  @ApiProperty() respondents!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) createdById!: string | null;
  @ApiProperty({ enum: ['done'] }) status!: 'done';
  @ApiProperty() epsilon!: number;
  @ApiProperty() delta!: number;
  @ApiProperty({ type: ReleaseLevelsDto, description: "the noise's standard deviation at each level (before consistency)" }) sd!: ReleaseLevelsDto;
}

export class ReleaseListResponseDto {
  @ApiProperty({ type: [ReleaseResponseDto] }) items!: ReleaseResponseDto[];
  @ApiProperty() spentRho!: string;
  @ApiProperty() totalRho!: string;
}
