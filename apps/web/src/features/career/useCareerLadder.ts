import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerLadderDocument } from '../../gql/graphql';
import { ladderIndex } from './ladderIndex';

/** The ladder in force today and name look-ups in the UI language (cached: every career screen asks). */
export function useCareerLadder() {
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CareerLadderDocument, { fetchPolicy: 'cache-first' });
  const ladder = data?.careerLadder ?? null;
  const index = useMemo(() => ladderIndex(ladder, i18n.language), [ladder, i18n.language]);
  return { ladder, index, loading, error, refetch };
}
