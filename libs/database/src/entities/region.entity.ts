import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The region vocabulary: first-level ISO 3166-2 subdivisions of the countries
 * Casebook serves, with English and Russian names (the regions-and-bases
 * migration loads them from migrations/data/regions.json). Read-only; admins
 * group them in region_groups.
 */
@Entity({ name: 'regions' })
@Check('regions_code', `code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$' AND left(code, 2) = country`)
export class RegionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'regions_pkey' })
  code!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu!: string;
}
