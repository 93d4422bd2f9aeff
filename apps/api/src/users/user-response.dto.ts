import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@casebook/database';

/** A user as the API shows it: never a hash or a secret. */
export class UserResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class UserPageResponseDto {
  @ApiProperty({ type: [UserResponseDto] }) items!: UserResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as ?after= for the next page; null on the last page' }) nextCursor!: string | null;
}

/** A one-time, expiring password-reset token, to hand over out of band. */
export class PasswordResetResponseDto {
  @ApiProperty() passwordResetToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class CreatedUserResponseDto extends PasswordResetResponseDto {
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
}

/** The signed-in user, with whether a second factor is required of them. */
export class MeResponseDto extends UserResponseDto {
  @ApiProperty() mfaRequired!: boolean;
}

export class MfaEnrolmentResponseDto {
  @ApiProperty() secret!: string;
  @ApiProperty() otpauthUri!: string;
}

export class RecoveryCodesResponseDto {
  @ApiProperty({ type: [String], description: 'shown only this once' }) recoveryCodes!: string[];
}
