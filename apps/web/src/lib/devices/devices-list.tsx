import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../components/confirm-action/confirm-action';
import { type DeviceSession, deviceKeys, fetchDevices, revokeDevice } from '../api/device-sessions';

/**
 * Shared by the device settings and the admin's users screen (so in lib/, which features may use).
 * The devices signed in to an account (one's own, or a user's for an admin):
 * a neutral label and two dates, never a place, and a way to cut one off. A
 * device cut off wipes its store the next time it reaches the server.
 */
/**
 * The API's label (libs/identity device-label: "<browser> on <system>", a
 * browser or system alone, "Other app", "Unknown device") in the reader's
 * language; product names stay as they are.
 */
export function deviceName(label: string, t: TFunction): string {
  if (label === 'Other app') return t('devices.label.other');
  if (label === 'Unknown device') return t('devices.label.unknown');
  const parts = /^(.+) on (.+)$/.exec(label);
  return parts ? t('devices.label.on', { browser: parts[1], system: parts[2] }) : label;
}

export function DevicesList({ userId, who }: { userId?: string; who?: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const key = deviceKeys.of(userId);
  const devices = useQuery({ queryKey: key, queryFn: () => fetchDevices(userId), retry: false });
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function cutOff(device: DeviceSession) {
    setNotice((await revokeDevice(device.id, userId)) ? t('devices.revoked') : t('devices.failed'));
    await client.invalidateQueries({ queryKey: key });
  }

  return (
    <div data-testid={userId ? `devices-${userId}` : 'my-devices'}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {devices.isLoading && <p>{t('common.loading')}</p>}
      {devices.isError && <p className="notice">{t('devices.failed')}</p>}
      {devices.data?.length === 0 && <p>{t('devices.none')}</p>}
      <ul className="card-list">
        {devices.data?.map((d) => (
          <li key={d.id} className="card" data-testid="device">
            <p className="card-title">
              {deviceName(d.deviceLabel, t)} {d.current && <span className="tag">{t('devices.thisDevice')}</span>}
            </p>
            <p className="hint">
              {t('devices.firstSeen', { when: when(d.firstSeenAt) })} · {t('devices.lastSeen', { when: when(d.lastSeenAt) })}
            </p>
            <div className="actions">
              {/* Named for the device it acts on, and asked first: signing a device out erases its data. */}
              <ConfirmAction
                label={
                  <>
                    {t(d.current ? 'devices.revokeCurrent' : 'devices.revokeNamed', { label: deviceName(d.deviceLabel, t) })}
                    {who && <span className="visually-hidden"> {who}</span>}
                  </>
                }
                question={t(d.current ? 'devices.confirmCurrent' : 'devices.confirm', { label: deviceName(d.deviceLabel, t), when: when(d.lastSeenAt) })}
                confirmLabel={t('devices.confirmYes')}
                onConfirm={() => cutOff(d)}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
