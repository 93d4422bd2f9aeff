/**
 * Currencies of the region and its destinations, as narratives write them after a sum: words in their cases (сомов,
 * рублей, dinara), signs written as letters (тг, лв, zł) and ISO codes (KZT, TL, EUR). One word, maybe with its full
 * stop; tested whole (anchored), in any case.
 */
export const CURRENCY_WORD =
  /^(?:сом\p{L}*|som|somoni|сомони|тенге|tenge|тг|руб\p{L}*|rub|rur|lei|леев|лей|lev|leva|лв|din|dinars?|динар\p{L}*|kn|kuna|ft|forint\p{L}*|zł|zl|złotych|kč|czk|eur|euro|euros|евро|usd|dollars?|долл\p{L}*|gbp|грн|uah|hrn|манат\p{L}*|manat|azn|лари|lari|gel|драм\p{L}*|amd|lira|лир\p{L}*|tl|сум\p{L}*|so'm|soʻm|soum|sum|kzt|kgs|uzs|tjs|mdl|ron|bgn|rsd|mkd|bam|pln|huf|aed|ils|chf|sek|nok|dkk)\.?$/iu;
