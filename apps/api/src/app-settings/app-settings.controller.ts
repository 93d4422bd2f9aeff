import { Body, Controller, Get, Header, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { Actor } from '@casebook/authz';
import { Can, CurrentActor, Public } from '../auth/access.decorators';
import { CoarseText } from '../http/safe-text';
import { APP_ICONS, type AppIcon, AppSettingsService } from './app-settings.service';

export class AppSettingsDto {
  @ApiProperty({ example: 'Notes', description: 'a neutral name for the home screen' }) @IsString() @Length(1, 30) @CoarseText() name!: string;
  @ApiProperty({ enum: APP_ICONS }) @IsIn(APP_ICONS) icon!: AppIcon;
}

/** The installed app's neutral name and icon: read by anyone (the manifest is public anyway), set by admins. */
@ApiTags('settings')
@Controller()
export class AppSettingsController {
  constructor(private readonly settings: AppSettingsService) {}

  @Public()
  @Get('app-settings')
  @ApiOkResponse({ type: AppSettingsDto })
  get(): Promise<AppSettingsDto> {
    return this.settings.get();
  }

  @ApiBearerAuth()
  @Can('manage', 'all')
  @Put('app-settings')
  @ApiOkResponse({ type: AppSettingsDto })
  update(@CurrentActor() actor: Actor, @Body() body: AppSettingsDto): Promise<AppSettingsDto> {
    return this.settings.update(actor, body);
  }

  /** The web app manifest, built from the settings (not cached, so a change reaches phones on their next visit). */
  @Public()
  @ApiExcludeEndpoint()
  @Get('app.webmanifest')
  @Header('content-type', 'application/manifest+json')
  @Header('cache-control', 'no-cache')
  manifest() {
    return this.settings.manifest();
  }
}
