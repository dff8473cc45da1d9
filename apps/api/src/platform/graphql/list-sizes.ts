/**
 * Lists whose length the domain bounds, for the query cost limit (everything else counts as
 * `defaultListSize`, or its `first` argument). Keyed `Type.field` as in schema.gql; a wrong key is
 * caught by query-limits.spec.ts, which checks every key against the committed schema.
 */
export const KNOWN_LIST_SIZES: Readonly<Record<string, number>> = {
  // A person has at most a few pulses open at once; a pulse has at most 5 items (SPEC §4.2).
  'Query.myOpenPulses': 4,
  'OpenPulse.questions': 5,
  'OpenPulse.myAnswers': 5,
  'PulseQuestion.options': 11, // eNPS 0–10 is the longest scale
  'PulseSubmission.myScores': 8,
  'MyPulseHistoryEntry.scores': 8,
  // Results: measures of the library, bands of a measure, work modes, tenure bands, trend lines.
  'PulseGroupFigures.measures': 10,
  'PulseMeasureFigure.bandShares': 4,
  'PulseResults.byWorkMode': 3,
  'PulseResults.byTenure': 4,
  'PulseResults.programs': 10,
  'PulseTrend.series': 4,
  // HR picker and preview: the library's instruments and their items (OLBI has 16).
  'Query.pulseItemLibrary': 8,
  'PulseInstrumentOption.items': 20,
  'PulseRotationPreview.waves': 20,
  'PulseRotationWave.items': 5,
  'PulseRotationPreview.warnings': 10,
};
