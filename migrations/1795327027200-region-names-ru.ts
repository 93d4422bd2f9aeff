import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Russian names for the 242 subdivisions that had only their Latin name in the
 * Russian list (Estonian, Macedonian, Czech, Hungarian, Serbian and others, and
 * Kazakhstan's oblasts of 2022): migrations/data/region-names-ru-1795327027200.json,
 * each with the name it replaces (scripts/regions-ru.mjs says where they come
 * from; regions.json, which new databases load, has them too). A name an admin
 * could not have changed (regions are read-only) is replaced only if it is
 * still the old one. Down puts the old names back.
 */
interface Renamed {
  code: string;
  from: string;
  ru: string;
}

const renamed = (): Renamed[] => JSON.parse(readFileSync(join(__dirname, 'data', 'region-names-ru-1795327027200.json'), 'utf8'));

export class RegionNamesRu1795327027200 implements MigrationInterface {
  name = 'RegionNamesRu1795327027200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE regions SET name_ru = r.ru FROM jsonb_to_recordset($1::jsonb) AS r(code text, "from" text, ru text) WHERE regions.code = r.code AND regions.name_ru = r."from"`,
      [JSON.stringify(renamed())],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE regions SET name_ru = r."from" FROM jsonb_to_recordset($1::jsonb) AS r(code text, "from" text, ru text) WHERE regions.code = r.code AND regions.name_ru = r.ru`,
      [JSON.stringify(renamed())],
    );
  }
}
