import type { Actor } from '@casebook/authz';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { WithdrawalCodesService } from '@casebook/cases';
import { Can, CurrentActor } from '../auth/access.decorators';
import { Quota } from '../quotas/quota';
import { WithdrawalByCodeDto, WithdrawnByCodeDto } from './cases.dto';

/** Withdrawal without a name: by the code the respondent was given at consent. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('withdrawals')
export class WithdrawalsController {
  constructor(private readonly codes: WithdrawalCodesService) {}

  /**
   * Deletes the case of this code (interviewers: cases of their organisation;
   * admins: any). A code that withdraws nothing (wrong, used, another
   * organisation's) always gets the same 404; attempts have a quota of their own.
   */
  @Can('withdraw', 'Case')
  @Quota('withdrawal-code')
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: WithdrawnByCodeDto })
  withdraw(@CurrentActor() actor: Actor, @Body() body: WithdrawalByCodeDto): Promise<WithdrawnByCodeDto> {
    return this.codes.withdraw(actor, body.code);
  }
}
