// 我的待办 (/cases/mine): cases assigned to me or to my units.
import { CaseListPage } from './CaseListPage';

export default function MyCasesPage() {
  return <CaseListPage view="mine" />;
}
