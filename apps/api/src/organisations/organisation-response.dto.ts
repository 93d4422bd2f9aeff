import { ApiProperty } from '@nestjs/swagger';

/** An organisation as the API shows it. */
export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'KZ' }) country!: string | null;
  @ApiProperty() active!: boolean;
}
