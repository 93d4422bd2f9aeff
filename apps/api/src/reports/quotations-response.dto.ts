import { ApiProperty } from '@nestjs/swagger';

/** An approved, redacted narrative: country and year only, never a case. */
export class QuotationDto {
  @ApiProperty({ example: 'KZ' }) country!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ description: 'the redacted narrative' }) text!: string;
}

export class QuotationPageResponseDto {
  @ApiProperty({ type: [QuotationDto] }) items!: QuotationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as ?cursor= for the next page; null on the last page' }) nextCursor!: string | null;
  @ApiProperty({ description: 'the disclosure threshold in force' }) k!: number;
}
