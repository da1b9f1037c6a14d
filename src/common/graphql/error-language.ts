import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLFormattedError } from 'graphql';
import { errorInLanguage } from '../errors/format-error';
import { languageOf } from '../i18n/accept-language';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

interface ResponseContext {
  request: { http?: { headers: Map<string, string> } };
  response: { body?: { kind: string; singleResult?: { errors?: readonly GraphQLFormattedError[] } } };
}

/** Apollo formats errors before it knows the request: this swaps in the English for `Accept-Language: en`. */
export const errorLanguagePlugin: ApolloPlugin = {
  requestDidStart: async () => ({
    async willSendResponse({ request, response }: ResponseContext) {
      const lang = languageOf(request.http?.headers.get('accept-language'));
      const result = response.body?.kind === 'single' ? response.body.singleResult : undefined;
      if (lang === 'zh' || !result?.errors) return;
      result.errors = result.errors.map((e) => errorInLanguage(e, lang));
    },
  }),
};
