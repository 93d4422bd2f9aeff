import { Module } from '@nestjs/common';
import { ReportsModule } from '@casebook/reports';
import { ApiQueuesModule } from '../queues/api-queues.module';
import { OperationsController } from './operations.controller';
import { OperationsRepository } from './operations.repository';
import { OperationsService } from './operations.service';

@Module({
  imports: [ApiQueuesModule, ReportsModule],
  controllers: [OperationsController],
  providers: [OperationsService, OperationsRepository],
})
export class OperationsModule {}
