import { Injectable } from '@nestjs/common';
import { DomainError } from '@casebook/common';
import { AccountsService, generatePassword } from '@casebook/identity';
import type { CliCommand, CliIO, CliOptions } from '../cli-command';

/**
 * Creates an admin. There is no default account: this is how the first admin
 * comes to exist. The password is read from stdin, or generated and printed once.
 */
@Injectable()
export class AdminCreateCommand implements CliCommand {
  readonly name = 'admin:create';
  readonly summary = 'Create an admin (password from stdin, or generated and printed once)';
  readonly usage = 'admin:create --email E [--name N] [--organisation O] [--password-stdin]';
  readonly options = {
    email: { type: 'string' as const },
    name: { type: 'string' as const },
    organisation: { type: 'string' as const },
    'password-stdin': { type: 'boolean' as const },
  };

  constructor(private readonly accounts: AccountsService) {}

  async run(options: CliOptions, io: CliIO): Promise<number> {
    const email = typeof options.email === 'string' ? options.email : '';
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
      io.err(`--email is required and must be an e-mail address\nUsage: npm run cli -- ${this.usage}`);
      return 64;
    }
    const fromStdin = options['password-stdin'] === true;
    const password = fromStdin ? (await io.readStdin()).replace(/\r?\n$/, '') : generatePassword();
    try {
      const user = await this.accounts.createWithPassword({
        email,
        displayName: typeof options.name === 'string' ? options.name : 'Administrator',
        organisation: typeof options.organisation === 'string' ? options.organisation : 'Casebook',
        role: 'admin',
        password,
        via: 'cli',
      });
      io.out(`Created admin ${user.email} (${user.id}).`);
      if (!fromStdin) io.out(`Password (shown once, store it safely): ${password}`);
      io.out('At first sign-in the admin must enrol a TOTP authenticator (POST /api/v1/me/mfa/enrol).');
      return 0;
    } catch (error) {
      if (error instanceof DomainError) {
        const details = (error.details.errors as Array<{ message: string }> | undefined)?.map((e) => `password ${e.message}`).join('; ');
        io.err(`error: ${details ?? error.message}`);
        return 65;
      }
      throw error;
    }
  }
}
