/** Addresses of the requests pages (Italian, as citizens read them), in one place. */
export const checkPageSlug = 'controlla';

export const requestPaths = {
  mine: '/pratiche',
  start: (service: string) => `/pratiche/nuova/${service}`,
  page: (service: string, page: string, returnToCheck = false) =>
    `/pratiche/nuova/${service}/${page}${returnToCheck ? '?ritorno=controlla' : ''}`,
  check: (service: string) => `/pratiche/nuova/${service}/${checkPageSlug}`,
  request: (id: string) => `/pratiche/${id}`,
  receipt: (id: string) => `/pratiche/${id}/ricevuta`,
  service: (service: string) => `/servizi/${service}`,
} as const;
