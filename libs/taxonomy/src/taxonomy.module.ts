import { Module } from '@nestjs/common';
import { RegionRepository } from './region.repository';
import { RegionsService } from './regions.service';
import { TaxonomyService } from './taxonomy.service';

/** The vocabularies: codes, labels in each language, retired terms; the regions and their groups. */
@Module({ providers: [TaxonomyService, RegionsService, RegionRepository], exports: [TaxonomyService, RegionsService] })
export class TaxonomyModule {}
