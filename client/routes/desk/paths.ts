/** Addresses of the staff console, in one place for its pages and links. */
export const deskPath = '/desk';

export const deskPaths = {
  home: deskPath,
  office: (office: string) => `${deskPath}/${office}`,
  queue: (office: string, search = '') => `${deskPath}/${office}/pratiche${search}`,
  request: (office: string, id: string) => `${deskPath}/${office}/pratiche/${id}`,
} as const;
