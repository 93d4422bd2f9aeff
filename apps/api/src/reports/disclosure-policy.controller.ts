import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { DisclosurePolicyService, MIN_K } from '@casebook/reports';
import { Can, CurrentActor } from '../auth/access.decorators';
import { DisclosurePolicyResponseDto } from './disclosure-policy-response.dto';

export class DisclosurePolicyDto {
  @ApiProperty({ minimum: MIN_K, maximum: 100, description: 'counts from 1 to k − 1 are never published' }) @IsInt() @Min(MIN_K) @Max(100) k!: number;
  @ApiProperty({ minimum: 1, maximum: 10, description: 'the largest perturbation of any published count' }) @IsInt() @Min(1) @Max(10) maxNoise!: number;
  @ApiProperty({ description: 'the variance of the perturbation (at most maxNoise²/2)' }) @IsNumber() @Min(0.01) @Max(50) noiseVariance!: number;
  @ApiProperty({ minimum: 1, description: 'distinct reports one researcher may request in the window' }) @IsInt() @Min(1) @Max(100_000) reportBudget!: number;
  @ApiProperty({ minimum: 1, description: 'the window of the budget, in days' }) @IsInt() @Min(1) @Max(3660) budgetWindowDays!: number;
}

/** The disclosure policy: read by those who request reports, set by admins only (audited). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('disclosure-policy')
export class DisclosurePolicyController {
  constructor(private readonly policy: DisclosurePolicyService) {}

  @Can('read', 'DisclosurePolicy')
  @Get()
  @ApiOkResponse({ type: DisclosurePolicyResponseDto })
  get(): Promise<DisclosurePolicyResponseDto> {
    return this.policy.get();
  }

  @Can('update', 'DisclosurePolicy')
  @Put()
  @ApiOkResponse({ type: DisclosurePolicyResponseDto })
  update(@CurrentActor() actor: Actor, @Body() body: DisclosurePolicyDto): Promise<DisclosurePolicyResponseDto> {
    return this.policy.update(actor, body);
  }
}
