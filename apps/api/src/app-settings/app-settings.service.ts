import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@casebook/audit';
import type { Actor } from '@casebook/authz';

export const APP_ICONS = ['notes', 'weather', 'calculator', 'calendar'] as const;
export type AppIcon = (typeof APP_ICONS)[number];

export interface AppSettings {
  name: string;
  icon: AppIcon;
}

/** The installed app's neutral name and icon (one row), and the web app manifest built from them. */
@Injectable()
export class AppSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<AppSettings> {
    const [row] = await this.dataSource.query(`SELECT app_name, app_icon FROM app_settings`);
    return { name: row.app_name, icon: row.app_icon };
  }

  async update(actor: Actor, settings: AppSettings): Promise<AppSettings> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE app_settings SET app_name = $1, app_icon = $2, updated_at = now(), updated_by_id = $3`, [settings.name, settings.icon, actor.id]);
      await this.audit.record({ actor, action: 'app.settings.changed', summary: { icon: settings.icon } }, manager);
      return settings;
    });
  }

  /** The web app manifest: what a phone shows on its home screen for the installed app. */
  async manifest(): Promise<Record<string, unknown>> {
    const { name, icon } = await this.get();
    return {
      name,
      short_name: name,
      start_url: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d3557',
      icons: [{ src: `/icons/${icon}.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    };
  }
}
