import { z } from 'zod';
import {
  LocaleOnlyInput,
  Organization,
  PopularServicesInput,
  SearchServicesInput,
  SearchServicesOutput,
  ServiceBySlugInput,
  ServiceDetail,
  ServiceSummary,
  Topic,
  TopicBySlugInput,
  TopicListInput,
  TopicWithServices,
} from '../../../shared/catalog/api';
import { searchTerms } from '../../../shared/catalog/search-text';
import { router } from '../../trpc/init';
import { publicProcedure } from '../../trpc/procedures';
import { getService } from './get-service';
import { listOrganizations } from './list-organizations';
import { listPopular } from './list-popular';
import { getTopic, listTopics } from './list-topics';
import { searchServices } from './search-services';

/** Every catalog read goes through the catalog cache, keyed by procedure and validated input. */
const key = (procedure: string, input: object) => `${procedure}:${JSON.stringify(input)}`;

export const catalogRouter = router({
  search: publicProcedure
    .input(SearchServicesInput)
    .output(SearchServicesOutput)
    .query(({ ctx, input }) =>
      // Inputs that differ only in case, accents or punctuation share one answer.
      ctx.catalogCache.through(key('search', { ...input, q: searchTerms(input.q ?? '').join(' ') }), () =>
        searchServices(ctx.db, input),
      ),
    ),
  service: publicProcedure
    .input(ServiceBySlugInput)
    .output(ServiceDetail)
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('service', input), () => getService(ctx.db, input.slug, input.locale)),
    ),
  popular: publicProcedure
    .input(PopularServicesInput)
    .output(z.array(ServiceSummary))
    .query(({ ctx, input }) => ctx.catalogCache.through(key('popular', input), () => listPopular(ctx.db, input))),
  categories: publicProcedure
    .input(TopicListInput)
    .output(z.array(Topic))
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('categories', input), () => listTopics(ctx.db, 'category', input)),
    ),
  category: publicProcedure
    .input(TopicBySlugInput)
    .output(TopicWithServices)
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('category', input), () => getTopic(ctx.db, 'category', input)),
    ),
  lifeEvents: publicProcedure
    .input(TopicListInput)
    .output(z.array(Topic))
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('lifeEvents', input), () => listTopics(ctx.db, 'lifeEvent', input)),
    ),
  lifeEvent: publicProcedure
    .input(TopicBySlugInput)
    .output(TopicWithServices)
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('lifeEvent', input), () => getTopic(ctx.db, 'lifeEvent', input)),
    ),
  organizations: publicProcedure
    .input(LocaleOnlyInput)
    .output(z.array(Organization))
    .query(({ ctx, input }) =>
      ctx.catalogCache.through(key('organizations', input), () => listOrganizations(ctx.db, input.locale)),
    ),
});
