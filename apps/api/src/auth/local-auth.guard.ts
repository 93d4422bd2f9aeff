import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RequestValidationError } from '../http/problem-details';
import { flattenValidationErrors } from '../http/validation.pipe';
import { LoginDto } from './auth.dto';

/**
 * Runs passport-local for sign-in. Guards run before pipes, so the body is
 * validated here first: a malformed sign-in is a 400 naming the fields, not a
 * failed attempt.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      throw new RequestValidationError([{ pointer: '', message: 'must be a JSON object' }]);
    }
    const dto = plainToInstance(LoginDto, request.body);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length > 0) throw new RequestValidationError(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new RequestValidationError([{ pointer: '/email', message: 'is required' }]);
    return user;
  }
}
