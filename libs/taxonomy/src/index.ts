export * from './taxonomy.module';
export * from './taxonomy.service';
export * from './regions.service';
export type { RegionGroupView, RegionView, UnresolvedRegion } from './region.repository';
