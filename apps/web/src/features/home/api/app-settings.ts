import { api, type Schemas } from '../../../lib/api/client';

/** Query keys of the installed app's settings. */
export const appSettingsKeys = { settings: ['app-settings'] as const };

/** The neutral name and icon phones show for the installed app (undefined when they cannot be read). */
export const fetchAppSettings = async () => (await api.GET('/api/v1/app-settings')).data;

export const saveAppSettings = (name: string, icon: Schemas['AppSettingsDto']['icon']) => api.PUT('/api/v1/app-settings', { body: { name, icon } });
