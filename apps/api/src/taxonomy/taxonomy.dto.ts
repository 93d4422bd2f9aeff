import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { OmitOrValid } from '../http/optional.decorator';
import { isCoarseText } from '../http/safe-text';
import { LANGUAGES, type Vocabulary, VOCABULARIES } from '@casebook/database';

/** `{ "en": "...", "ru": "..." }`: known languages only, non-empty labels of at most 200 characters. */
function IsLabels(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isLabels',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(
            ([k, v]) => (LANGUAGES as readonly string[]).includes(k) && typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && isCoarseText(v),
          ),
        defaultMessage: () => `must map languages (${LANGUAGES.join(', ')}) to labels of 1-200 characters without control or invisible formatting characters`,
      },
    },
    options,
  );
}

export class TaxonomyQuery {
  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @Matches(/^[A-Za-z-]{2,10}$/, { message: 'must be a language code' }) lang?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'] }) @IsOptional() @IsIn(['true', 'false']) includeRetired?: string;
}

export class VocabularyParam {
  @ApiProperty({ enum: VOCABULARIES }) @IsIn(VOCABULARIES) vocabulary!: Vocabulary;
}

export class TermParams extends VocabularyParam {
  @ApiProperty() @Matches(/^[a-z0-9_]{1,48}$/, { message: 'must be a taxonomy code' }) code!: string;
}

export class AddTermDto {
  @ApiProperty({ example: 'fake_police', description: 'immutable; lower-case letters, digits, _' })
  @Matches(/^[a-z0-9_]{1,48}$/, { message: 'must be 1-48 lower-case letters, digits or _' })
  code!: string;

  @ApiPropertyOptional({ example: 'non_state' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,48}$/, { message: 'must be a group code' })
  group?: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'a label per language (en, ru)', example: { en: 'Person posing as police', ru: 'Лжеполицейский' } })
  @IsObject()
  @IsLabels()
  labels!: Record<string, string>;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100000) order?: number;
}

export class UpdateTermDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'a label per language (en, ru)' }) @OmitOrValid() @IsObject() @IsLabels() labels?: Record<string, string>;
  @ApiPropertyOptional() @OmitOrValid() @IsInt() @Min(0) @Max(100000) order?: number;
  @ApiPropertyOptional({ description: 'false retires the term' }) @OmitOrValid() @IsBoolean() active?: boolean;
}
