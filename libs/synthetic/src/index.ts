export * from './synthetic-cases';
export * from './synthetic-seeder.service';
export * from './synthetic.module';
