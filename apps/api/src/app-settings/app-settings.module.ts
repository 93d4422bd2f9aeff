import { Module } from '@nestjs/common';
import { AppSettingsController } from './app-settings.controller';
import { AppSettingsService } from './app-settings.service';

@Module({ controllers: [AppSettingsController], providers: [AppSettingsService] })
export class AppSettingsModule {}
