import { Module } from '@nestjs/common';
import { TaxonomyService } from './taxonomy.service';

/** The vocabularies: codes, labels in each language, retired terms. */
@Module({ providers: [TaxonomyService], exports: [TaxonomyService] })
export class TaxonomyModule {}
