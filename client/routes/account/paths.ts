/** Addresses of the personal area, in one place for its pages and its menu. */
export const areaPath = '/area-personale';

export const areaPaths = {
  desk: areaPath,
  messages: `${areaPath}/messaggi`,
  activity: `${areaPath}/attivita`,
  profile: `${areaPath}/profilo`,
} as const;
