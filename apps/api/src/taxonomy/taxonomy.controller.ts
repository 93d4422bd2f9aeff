import type { Actor } from '@casebook/authz';
import { Body, Controller, Get, Headers, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { pickLanguage, TaxonomyService } from '@casebook/taxonomy';
import { Can, CurrentActor } from '../auth/access.decorators';
import { TaxonomyResponseDto, TermDto } from './taxonomy-response.dto';
import { AddTermDto, TaxonomyQuery, TermParams, UpdateTermDto, VocabularyParam } from './taxonomy.dto';

@ApiTags('taxonomy')
@ApiExtraModels(TermDto)
@ApiBearerAuth()
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Every vocabulary, labelled in `?lang=` or the Accept-Language (English by default). */
  @Can('read', 'Taxonomy')
  @Get()
  @ApiOkResponse({ type: TaxonomyResponseDto })
  async list(@Query() query: TaxonomyQuery, @Headers('accept-language') acceptLanguage?: string): Promise<TaxonomyResponseDto> {
    const lang = pickLanguage(query.lang, acceptLanguage);
    return { lang, vocabularies: await this.taxonomy.vocabularies(lang, query.includeRetired === 'true') };
  }

  @Can('manage', 'Taxonomy')
  @Post(':vocabulary/terms')
  @ApiCreatedResponse({ type: TermDto })
  add(@CurrentActor() actor: Actor, @Param() { vocabulary }: VocabularyParam, @Body() body: AddTermDto): Promise<TermDto> {
    return this.taxonomy.addTerm(actor, vocabulary, body);
  }

  /** Edits labels or order, or retires a term (`active: false`). Codes never change. */
  @Can('manage', 'Taxonomy')
  @Patch(':vocabulary/terms/:code')
  @ApiOkResponse({ type: TermDto })
  update(@CurrentActor() actor: Actor, @Param() { vocabulary, code }: TermParams, @Body() body: UpdateTermDto): Promise<TermDto> {
    return this.taxonomy.updateTerm(actor, vocabulary, code, body);
  }
}
