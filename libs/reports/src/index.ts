export * from './group-labels';
export * from './renderers';
export * from './report-builder';
export * from './report-params';
export * from './reports.module';
export * from './reports.service';
export * from './suppression';
export * from './aggregation-plan';
