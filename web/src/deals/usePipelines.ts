import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import { qk } from '../api/query-keys.ts';

/** The workspace's pipelines with their stages (everyone reads them). */
export const usePipelines = () =>
  useQuery({
    queryKey: qk.pipelines(),
    queryFn: () => unwrap(client.GET('/pipelines')).then((r) => r.items),
    staleTime: 60_000,
  });
