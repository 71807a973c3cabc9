/** Options of the indicator rules where statistics offices differ. */
export interface IndicatorSettings {
  /**
   * Whether individual businesses (个体工商户) with a unified social credit
   * code count as economic entities founded. Default `false`.
   */
  countIndividualHouseholds: boolean;
}

/** Settings used when the caller gives none. */
export const defaultIndicatorSettings: Readonly<IndicatorSettings> = {
  countIndividualHouseholds: false,
};

/** Fills the settings the caller left out with the defaults. */
export function resolveIndicatorSettings(
  settings: Partial<IndicatorSettings> = {},
): IndicatorSettings {
  return {
    countIndividualHouseholds:
      settings.countIndividualHouseholds ??
      defaultIndicatorSettings.countIndividualHouseholds,
  };
}
