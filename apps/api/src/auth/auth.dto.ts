import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'interviewer@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1024)
  password!: string;

  @ApiPropertyOptional({ description: '6-digit TOTP code, when MFA is enabled', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'must be a 6-digit code' })
  totp?: string;

  @ApiPropertyOptional({ description: 'One of the recovery codes, instead of a TOTP code; case, spaces and hyphens do not matter', example: '7k3m-x9qa-20fh-41vn' })
  @IsOptional()
  @IsString()
  @Length(8, 64)
  recoveryCode?: string;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'required unless the web client sends its cookie (with X-Casebook-Client: web)' })
  @IsOptional()
  @IsString()
  @Length(16, 256)
  refreshToken?: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'The one-time token an admin handed over' })
  @IsString()
  @Length(16, 256)
  token!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class TotpDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'must be a 6-digit code' })
  totp!: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ description: 'seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}
