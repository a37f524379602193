import { useLocation, useNavigate } from '@solidjs/router';
import { onMount } from 'solid-js';
import type { RequestFormOutput } from '../../../shared/requests/api';
import { Loading } from '../../components/page-state';
import { requestPaths } from '../../lib/paths';
import type { FlowNote } from './draft-notices';
import { resumeAt, visiblePages } from './form-flow';
import { FlowGuard, type RequestFlow, useRequestFlow } from './form-frame';

/**
 * /pratiche/nuova/:service — where "Compila la domanda online" leads. With no draft, to the first
 * question; with one, to where it was left (the first page with something missing, else the check
 * page); with a draft of an older form, to the first question, where a note says the form changed.
 */
export default function StartPage() {
  const flow = useRequestFlow();
  return <FlowGuard flow={flow}>{(form) => <Redirect flow={flow} form={form} />}</FlowGuard>;
}

function Redirect(props: { flow: RequestFlow; form: RequestFormOutput }) {
  const navigate = useNavigate();
  const location = useLocation<FlowNote>();
  onMount(() =>
    setTimeout(() => {
      const service = props.form.service.slug;
      const draft = props.flow.draft();
      const answers = props.flow.answers();
      const first = visiblePages(props.form.definition, answers)[0]?.id ?? props.form.definition.pages[0]?.id ?? '';
      if (!draft || props.flow.formChanged()) {
        navigate(requestPaths.page(service, first), { replace: true, state: location.state ?? undefined });
        return;
      }
      const at = resumeAt(props.form.definition, answers);
      const note: FlowNote = { resumed: draft.updatedAt };
      navigate(at ? requestPaths.page(service, at) : requestPaths.check(service), { replace: true, state: note });
    }),
  );
  return <Loading />;
}
