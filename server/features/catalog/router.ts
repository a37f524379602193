import {
  LocaleOnlyInput,
  PopularServicesInput,
  SearchServicesInput,
  SearchServicesOutput,
  ServiceBySlugInput,
  ServiceDetail,
  ServiceSummary,
  Topic,
  TopicBySlugInput,
  TopicWithServices,
  Organization,
} from '../../../shared/catalog/api';
import { z } from 'zod';
import { publicProcedure, router } from '../../trpc/init';
import { getService } from './get-service';
import { listOrganizations } from './list-organizations';
import { listPopular } from './list-popular';
import { getTopic, listTopics } from './list-topics';
import { searchServices } from './search-services';

export const catalogRouter = router({
  search: publicProcedure
    .input(SearchServicesInput)
    .output(SearchServicesOutput)
    .query(({ ctx, input }) => searchServices(ctx.db, input)),
  service: publicProcedure
    .input(ServiceBySlugInput)
    .output(ServiceDetail)
    .query(({ ctx, input }) => getService(ctx.db, input.slug, input.locale)),
  popular: publicProcedure
    .input(PopularServicesInput)
    .output(z.array(ServiceSummary))
    .query(({ ctx, input }) => listPopular(ctx.db, input)),
  categories: publicProcedure
    .input(LocaleOnlyInput)
    .output(z.array(Topic))
    .query(({ ctx, input }) => listTopics(ctx.db, 'category', input.locale)),
  category: publicProcedure
    .input(TopicBySlugInput)
    .output(TopicWithServices)
    .query(({ ctx, input }) => getTopic(ctx.db, 'category', input.slug, input.locale)),
  lifeEvents: publicProcedure
    .input(LocaleOnlyInput)
    .output(z.array(Topic))
    .query(({ ctx, input }) => listTopics(ctx.db, 'lifeEvent', input.locale)),
  lifeEvent: publicProcedure
    .input(TopicBySlugInput)
    .output(TopicWithServices)
    .query(({ ctx, input }) => getTopic(ctx.db, 'lifeEvent', input.slug, input.locale)),
  organizations: publicProcedure
    .input(LocaleOnlyInput)
    .output(z.array(Organization))
    .query(({ ctx, input }) => listOrganizations(ctx.db, input.locale)),
});
