import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LANGUAGES, VOCABULARIES, type Language } from '@casebook/database';

/** What the taxonomy and region routes answer: typed here so the generated web client carries them. */

export class TermDto {
  @ApiProperty({ example: 'physical_violence' }) code!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the abuse group of an abuse term', example: 'physical' }) group!: string | null;
  @ApiProperty({ description: 'in the language asked for (English when it has none)' }) label!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty() order!: number;
}

export class TaxonomyResponseDto {
  @ApiProperty({ enum: LANGUAGES }) lang!: Language;
  @ApiProperty({
    type: 'object',
    description: `one list of terms per vocabulary (${VOCABULARIES.join(', ')})`,
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(TermDto) } },
  })
  vocabularies!: Record<string, TermDto[]>;
}

export class RegionDto {
  @ApiProperty({ example: 'KZ-75' }) code!: string;
  @ApiProperty({ example: 'KZ' }) country!: string;
  @ApiProperty({ example: 'Almaty (city)' }) name!: string;
}

export class RegionGroupLabelsDto {
  @ApiProperty() en!: string;
  @ApiProperty() ru!: string;
}

export class RegionGroupDto {
  @ApiProperty({ example: 'siberia' }) code!: string;
  @ApiProperty({ example: 'RU' }) country!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: RegionGroupLabelsDto }) labels!: RegionGroupLabelsDto;
  @ApiProperty({ type: [String], example: ['RU-NVS', 'RU-OMS'] }) members!: string[];
}

export class RegionsResponseDto {
  @ApiProperty({ enum: LANGUAGES }) lang!: Language;
  @ApiProperty({ type: [RegionDto] }) regions!: RegionDto[];
  @ApiProperty({ type: [RegionGroupDto] }) groups!: RegionGroupDto[];
}

export class UnresolvedRegionDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() country!: string;
  @ApiProperty({ description: 'the free text that matched no single subdivision' }) regionText!: string;
}

export class UnresolvedRegionsResponseDto {
  @ApiProperty({ type: [UnresolvedRegionDto] }) items!: UnresolvedRegionDto[];
}
