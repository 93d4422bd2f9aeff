import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, REPORT_STATUSES, type Language } from '@casebook/database';
import { COMPARE_BY, type CompareBy } from '@casebook/reports';

/** A published count: the numbers, or nulls when suppressed (never a number then). */
export class PublishedCountDto {
  @ApiProperty({ type: Number, nullable: true }) respondents!: number | null;
  @ApiProperty({ type: Number, nullable: true }) incidents!: number | null;
  @ApiProperty({ type: Number, nullable: true }) pctRespondents!: number | null;
  @ApiProperty() suppressed!: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true, description: "standard deviation of the figure's noise (figures read from releases only)" }) sd?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'standard deviation of its percentage, in points' }) pctSd?: number | null;
}

export class PublishedBaseDto {
  @ApiProperty({ type: Number, nullable: true }) respondents!: number | null;
  @ApiProperty() suppressed!: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) sd?: number | null;
}

export class LabelledDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

export class PerturbationSettingsDto {
  @ApiProperty({ description: 'the largest noise any count can receive' }) maxNoise!: number;
  @ApiProperty() variance!: number;
}

export class RulePerturbationDto extends PerturbationSettingsDto {
  @ApiProperty() method!: string;
}

export class ReleasePrivacyDto {
  @ApiProperty() method!: string;
  @ApiProperty({ description: 'ρ (zCDP) spent by the releases the report reads' }) rho!: number;
  @ApiProperty() epsilon!: number;
  @ApiProperty() delta!: number;
  @ApiProperty({ type: [String] }) periods!: string[];
  @ApiProperty() releases!: number;
}

export class DisclosureRuleDto {
  @ApiProperty() k!: number;
  @ApiProperty({ description: 'the disclosure control applied, in words' }) description!: string;
  @ApiProperty({ type: RulePerturbationDto, nullable: true }) perturbation!: RulePerturbationDto | null;
  @ApiProperty({ type: ReleasePrivacyDto, nullable: true }) privacy!: ReleasePrivacyDto | null;
}

export class DescriptionFilterDto {
  @ApiProperty() name!: string;
  @ApiProperty() value!: string;
  @ApiPropertyOptional({ description: 'not filtered ("all")' }) open?: boolean;
}

export class ReportDescriptionDto {
  @ApiProperty() title!: string;
  @ApiProperty({ type: [DescriptionFilterDto] }) filters!: DescriptionFilterDto[];
  @ApiProperty() period!: string;
  @ApiProperty() bases!: string;
  @ApiProperty() policy!: string;
  @ApiProperty() extractedAt!: string;
  @ApiProperty() dataVersion!: string;
  @ApiProperty() casebookVersion!: string;
  @ApiProperty() source!: string;
}

const COUNT_GRID = { type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/PublishedCountDto' } } } as const;

export class CrossTabDto {
  @ApiProperty() rowDimension!: string;
  @ApiProperty() columnDimension!: string;
  @ApiProperty({ type: [LabelledDto] }) rows!: LabelledDto[];
  @ApiProperty({ type: [LabelledDto] }) columns!: LabelledDto[];
  @ApiProperty({ type: [PublishedBaseDto] }) columnBases!: PublishedBaseDto[];
  @ApiProperty({ type: PublishedBaseDto }) rowBase!: PublishedBaseDto;
  @ApiProperty(COUNT_GRID) cells!: PublishedCountDto[][];
  @ApiProperty({ type: [PublishedCountDto] }) rowTotals!: PublishedCountDto[];
  @ApiProperty({ type: [PublishedCountDto] }) columnTotals!: PublishedCountDto[];
  @ApiProperty({ type: PublishedCountDto }) total!: PublishedCountDto;
}

export class BreakdownRowDto extends PublishedCountDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

export class BreakdownDto {
  @ApiProperty({ type: [BreakdownRowDto] }) rows!: BreakdownRowDto[];
  @ApiProperty({ type: PublishedCountDto }) total!: PublishedCountDto;
}

export class BreakdownsDto {
  @ApiProperty({ type: BreakdownDto }) country!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) region!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) region_group!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) year!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) gender!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) age_band!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) work_setting!: BreakdownDto;
  @ApiProperty({ type: BreakdownDto }) location_type!: BreakdownDto;
}

export class ComparisonDto {
  @ApiProperty() dimension!: string;
  @ApiProperty({ type: [LabelledDto] }) units!: LabelledDto[];
  @ApiProperty({ type: [LabelledDto] }) columns!: LabelledDto[];
  @ApiProperty({ type: [PublishedCountDto] }) totals!: PublishedCountDto[];
  @ApiProperty(COUNT_GRID) cells!: PublishedCountDto[][];
  @ApiProperty({ type: 'array', items: { type: 'array', items: { $ref: '#/components/schemas/PublishedBaseDto' } } }) bases!: PublishedBaseDto[][];
}

/** The parameters a report was computed with. */
export class ReportParamsDto {
  @ApiPropertyOptional({ type: [String] }) countries?: string[];
  @ApiPropertyOptional({ type: [String] }) regions?: string[];
  @ApiPropertyOptional({ type: [String] }) regionGroups?: string[];
  @ApiPropertyOptional({ type: [String], description: 'the regions plus the groups\' members at request time: the filter applied' }) regionFilter?: string[];
  @ApiPropertyOptional({ example: '2024-01' }) from?: string;
  @ApiPropertyOptional({ example: '2026-12' }) to?: string;
  @ApiPropertyOptional({ type: [String] }) perpetratorTypes?: string[];
  @ApiPropertyOptional({ enum: COMPARE_BY }) compareBy?: CompareBy;
  @ApiPropertyOptional({ type: [String] }) genders?: string[];
  @ApiPropertyOptional({ type: [String] }) ageBands?: string[];
  @ApiPropertyOptional({ type: [String] }) workSettings?: string[];
  @ApiPropertyOptional({ format: 'uuid' }) organisationId?: string;
  @ApiProperty({ enum: ['type', 'group'] }) perpetrators!: 'type' | 'group';
  @ApiProperty({ enum: ['type', 'group'] }) abuses!: 'type' | 'group';
  @ApiProperty({ enum: LANGUAGES }) lang!: Language;
  @ApiProperty() k!: number;
  @ApiProperty({ type: PerturbationSettingsDto, nullable: true }) perturbation!: PerturbationSettingsDto | null;
  @ApiPropertyOptional({ enum: ['release', 'exact'] }) source?: 'release' | 'exact';
  @ApiPropertyOptional({ type: [String], description: 'the releases in force when it was asked' }) releases?: string[];
}

/** A finished report's figures and description. */
export class ReportResultDto {
  @ApiProperty({ enum: LANGUAGES }) lang!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: ReportParamsDto }) params!: ReportParamsDto;
  @ApiProperty({ type: DisclosureRuleDto }) rule!: DisclosureRuleDto;
  @ApiProperty({ type: PublishedCountDto }) total!: PublishedCountDto;
  @ApiProperty({ type: ReportDescriptionDto }) description!: ReportDescriptionDto;
  @ApiProperty({ type: CrossTabDto }) crossTab!: CrossTabDto;
  @ApiProperty({ type: BreakdownsDto }) breakdowns!: BreakdownsDto;
  @ApiPropertyOptional({ type: ComparisonDto }) comparison?: ComparisonDto;
}

/** A report request and, once done, its result. */
export class ReportResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: string;
  @ApiProperty({ description: 'percent done' }) progress!: number;
  @ApiProperty({ type: ReportParamsDto }) params!: ReportParamsDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ description: 'an identical question over unchanged data: the earlier result, reused' }) reused!: boolean;
  @ApiProperty({ type: ReportResultDto, nullable: true }) result!: ReportResultDto | null;
}

/** A report in the list: without its result. */
export class ReportSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: string;
  @ApiProperty() progress!: number;
  @ApiProperty({ type: ReportParamsDto }) params!: ReportParamsDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() reused!: boolean;
}

export class ReportListResponseDto {
  @ApiProperty({ type: [ReportSummaryDto] }) items!: ReportSummaryDto[];
}
