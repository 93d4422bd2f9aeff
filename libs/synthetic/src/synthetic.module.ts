import { Module } from '@nestjs/common';
import { SyntheticSeederService } from './synthetic-seeder.service';

/** Synthetic published cases for benchmarks and demos (the CLI's seed:synthetic). */
@Module({ providers: [SyntheticSeederService], exports: [SyntheticSeederService] })
export class SyntheticModule {}
