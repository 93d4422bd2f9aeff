import { OmitOrValid } from '../http/optional.decorator';
import { PageLimit } from '../http/page-limit.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@casebook/database';
import { CoarseText } from '../http/safe-text';

export class CreateUserDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @Length(1, 120) @CoarseText() displayName!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiProperty({ format: 'uuid' }) @IsUUID() organisationId!: string;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ enum: USER_STATUSES }) @IsOptional() @IsIn(USER_STATUSES) status?: UserStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ description: 'cursor: the nextCursor of the previous page' }) @IsOptional() @IsUUID() after?: string;
  @PageLimit(200, 50)
  limit?: number;
}

export class IdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class SessionIdParam {
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId!: string;
}

export class UserSessionParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() sessionId!: string;
}

/** A signed-in device: a neutral label and two dates, never a place. */
export class DeviceSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Chrome on Android' }) deviceLabel!: string;
  @ApiProperty({ format: 'date-time' }) firstSeenAt!: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt!: string;
  @ApiProperty({ description: 'the session of this request' }) current!: boolean;
}

export class DeviceSessionListDto {
  @ApiProperty({ type: [DeviceSessionDto] }) items!: DeviceSessionDto[];
}

export class CreateOrganisationDto {
  @ApiProperty() @IsString() @Length(2, 200) @CoarseText() name!: string;
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  country?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional() @OmitOrValid() @IsString() @Length(2, 200) @CoarseText() name?: string;
  @ApiPropertyOptional()
  @OmitOrValid()
  @IsString()
  @Length(2, 2)
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  country?: string;
  @ApiPropertyOptional() @OmitOrValid() @IsBoolean() active?: boolean;
}
