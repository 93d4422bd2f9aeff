export * from './taxonomy.module';
export * from './taxonomy.service';
