export * from './redaction.service';
export * from './review.module';
