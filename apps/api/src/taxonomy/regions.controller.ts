import type { Actor } from '@casebook/authz';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { pickLanguage, RegionsService } from '@casebook/taxonomy';
import { Can, CurrentActor } from '../auth/access.decorators';
import { RegionGroupDto, RegionsResponseDto, UnresolvedRegionsResponseDto } from './taxonomy-response.dto';
import { PutRegionGroupDto, RegionGroupParam, RegionsQuery } from './regions.dto';

/** The region vocabulary (ISO 3166-2) and the admins' groupings of it. */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller()
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** Subdivisions and region groups, optionally of one country, named in `?lang=` or the Accept-Language. */
  @Can('read', 'Taxonomy')
  @Get('regions')
  @ApiOkResponse({ type: RegionsResponseDto })
  async list(@Query() query: RegionsQuery, @Headers('accept-language') acceptLanguage?: string): Promise<RegionsResponseDto> {
    const lang = pickLanguage(query.lang, acceptLanguage);
    return { lang, ...(await this.regions.list(lang, query.country)) };
  }

  /** Cases whose free-text region could not be matched to one subdivision when regions became codes. */
  @Can('manage', 'Taxonomy')
  @Get('regions/unresolved')
  @ApiOkResponse({ type: UnresolvedRegionsResponseDto })
  async unresolved(): Promise<UnresolvedRegionsResponseDto> {
    return { items: await this.regions.unresolved() };
  }

  /** Creates or replaces a group of regions of one country ("Siberia"). */
  @Can('manage', 'Taxonomy')
  @Put('region-groups/:code')
  @ApiOkResponse({ type: RegionGroupDto })
  put(@CurrentActor() actor: Actor, @Param() { code }: RegionGroupParam, @Body() body: PutRegionGroupDto): Promise<RegionGroupDto> {
    return this.regions.putGroup(actor, code, body);
  }

  @Can('manage', 'Taxonomy')
  @Delete('region-groups/:code')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The group is gone; figures by region group are recomputed' })
  async remove(@CurrentActor() actor: Actor, @Param() { code }: RegionGroupParam): Promise<void> {
    await this.regions.deleteGroup(actor, code);
  }
}
