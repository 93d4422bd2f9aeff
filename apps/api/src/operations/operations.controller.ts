import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Can } from '../auth/access.decorators';
import { OperationsResponseDto } from './operations-response.dto';
import { OperationsService } from './operations.service';

/** Admins' operations view: counts and queue depths, never content. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @Can('manage', 'all')
  @Get()
  @ApiOkResponse({ type: OperationsResponseDto })
  summary(): Promise<OperationsResponseDto> {
    return this.operations.summary();
  }
}
