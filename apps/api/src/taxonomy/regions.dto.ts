import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CoarseText } from '../http/safe-text';

export class RegionsQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[A-Za-z-]{2,10}$/, { message: 'must be a language code' }) lang?: string;
  @ApiPropertyOptional({ example: 'RU' }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' }) country?: string;
}

export class RegionGroupParam {
  @ApiProperty({ example: 'siberia' })
  @Matches(/^[a-z][a-z0-9_]{1,47}$/, { message: 'must be a code of 2-48 lower-case letters, digits or underscores, starting with a letter' })
  code!: string;
}

export class PutRegionGroupDto {
  @ApiProperty({ example: 'RU' }) @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' }) country!: string;
  @ApiProperty({ example: 'Siberia' }) @IsString() @MinLength(1) @MaxLength(120) @CoarseText() labelEn!: string;
  @ApiProperty({ example: 'Сибирь' }) @IsString() @MinLength(1) @MaxLength(120) @CoarseText() labelRu!: string;

  @ApiProperty({ type: [String], example: ['RU-NVS', 'RU-OMS', 'RU-KEM'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one region' })
  @ArrayMaxSize(200)
  @Matches(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { each: true, message: 'must be ISO 3166-2 region codes' })
  members!: string[];
}
