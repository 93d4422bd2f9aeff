import { COUNTRY_NAMES } from '@casebook/common';
import { en } from './en';
import { ru } from './ru';

describe('the web app’s country names', () => {
  it('are the names the API writes into reports: one spelling per country', () => {
    expect(Object.keys(en.countries).sort()).toEqual(Object.keys(ru.countries).sort());
    for (const [code, name] of Object.entries(en.countries)) expect({ code, name }).toEqual({ code, name: COUNTRY_NAMES[code]?.en });
    for (const [code, name] of Object.entries(ru.countries)) expect({ code, name }).toEqual({ code, name: COUNTRY_NAMES[code]?.ru });
  });
});
